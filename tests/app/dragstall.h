#pragma once

// A continuous drag on a large open model while edits keep the live analysis
// busy, with the event loop's longest stall measured: shared by the GUI test
// (that the drag and the analyses run) and bench/bench_livestall (the figures).

#include "apptestsupport.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "changeelement.h"
#include "document.h"
#include "liveanalysis.h"
#include "mainwindow.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace nf::test {

struct DragStallFigures
{
    int steps = 0;            // mouse moves sent
    int edits = 0;            // edits the analysis had to see
    int analysesStarted = 0;
    int results = 0;
    qint64 longestStallMs = 0; // longest gap between two ticks of a 1 ms timer
    double longestApplyMs = 0; // longest time showing a result took
    bool moved = false;        // the dragged card ended somewhere else
};

// Drags `moving` round a small circle, a move every 8 ms, for `durationMs`; every
// 400 ms the mouse is released and `edited`'s repair time changed (as the
// inspector would), then the drag goes on.
inline DragStallFigures dragWhileAnalysing(MainWindow &w, const QString &moving, const QString &edited, int durationMs)
{
    DragStallFigures out;
    Document *doc = w.document();
    CanvasView *view = w.view();
    AnalysisController *controller = w.liveAnalysis()->controller();
    const QRectF start = w.scene()->nodeRect(moving);

    QObject context;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer meter;
    meter.setTimerType(Qt::PreciseTimer);
    meter.setInterval(1);
    QObject::connect(&meter, &QTimer::timeout, &context, [&] {
        const qint64 now = clock.elapsed();
        out.longestStallMs = std::max(out.longestStallMs, now - last);
        last = now;
    });
    QObject::connect(controller, &AnalysisController::resultReady, &context, [&] {
        ++out.results;
        // Queued after LiveAnalysis's own slot: what showing this result cost.
        QTimer::singleShot(0, &context, [&] {
            out.longestApplyMs = std::max(out.longestApplyMs, w.liveAnalysis()->lastApplyMilliseconds());
        });
    });
    const int startedBefore = controller->startedCount();

    const QPointF centre = start.center();
    bool pressed = false, editDue = false;
    QPointF at = centre;
    QTimer editClock;
    editClock.setInterval(400);
    QObject::connect(&editClock, &QTimer::timeout, &context, [&] { editDue = true; });
    QTimer mover;
    mover.setInterval(8);
    QObject::connect(&mover, &QTimer::timeout, &context, [&] {
        ++out.steps;
        if (editDue) {
            editDue = false;
            sendMouse(view, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
            pressed = false;
            Component c = *doc->component(edited);
            c.failure.mttrHours = 1.0 + (++out.edits % 7);
            doc->undoStack()->push(new ChangeElement(doc, {ElementValue(c)}));
            return;
        }
        if (!pressed) {
            sendMouse(view, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
            pressed = true;
            return;
        }
        const double a = out.steps * 0.08;
        at = centre + QPointF(60 * std::sin(a), 40 * (1 - std::cos(a)));
        sendMouse(view, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
    });

    QEventLoop loop;
    QTimer::singleShot(durationMs, &loop, &QEventLoop::quit);
    last = clock.elapsed();
    meter.start();
    mover.start();
    editClock.start();
    loop.exec();
    meter.stop();
    mover.stop();
    editClock.stop();
    if (pressed)
        sendMouse(view, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    out.analysesStarted = controller->startedCount() - startedBefore;
    out.moved = w.scene()->nodeRect(moving).topLeft() != start.topLeft();
    controller->waitForResult(120000);
    return out;
}

} // namespace nf::test

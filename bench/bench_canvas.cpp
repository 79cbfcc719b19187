// Canvas speed on a large model: opening a generated 5,000-component model and
// fitting it to the window (read, validate, build the scene, fit, first paint),
// and one zoom step with its repaint, both fitted (everything visible) and close
// up (about 100% zoom). Targets: open+fit < 1 s, a zoom step < 16 ms.

#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "modelreader.h"
#include "modelwriter.h"
#include "validator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

// 5 regions x 4 zones x 5 racks x 50 components = 5,000 components; in each rack
// every component needs the previous one, and the first three form a group.
Model generateModel()
{
    Model m;
    m.name = u"Generated: 5,000 components"_s;
    int rackNo = 0;
    for (int r = 0; r < 5; ++r) {
        Container region;
        region.id = u"region-%1"_s.arg(r);
        region.kind = ContainerKind::Region;
        region.name = u"Region %1"_s.arg(r);
        const QPointF regionPos(r * 4300.0, 0);
        for (int z = 0; z < 4; ++z) {
            Container zone;
            zone.id = u"zone-%1-%2"_s.arg(r).arg(z);
            zone.kind = ContainerKind::Zone;
            zone.name = u"Zone %1.%2"_s.arg(r).arg(z);
            zone.failure = FailureModel::rates(87600, 72);
            const QPointF zonePos = regionPos + QPointF(40 + z * 1060.0, 60);
            for (int k = 0; k < 5; ++k, ++rackNo) {
                Container rack;
                rack.id = u"rack-%1"_s.arg(rackNo);
                rack.kind = ContainerKind::Rack;
                rack.name = u"Rack %1"_s.arg(rackNo);
                const QPointF rackPos = zonePos + QPointF(30, 60 + k * 1760.0);
                QStringList members;
                for (int c = 0; c < 50; ++c) {
                    Component comp;
                    comp.id = u"c-%1-%2"_s.arg(rackNo).arg(c);
                    comp.name = u"Service %1.%2"_s.arg(rackNo).arg(c);
                    comp.kind = ComponentKind(c % 17);
                    comp.failure = FailureModel::rates(8760 + c, 1);
                    m.components << comp;
                    rack.children << comp.id;
                    NodeGeometry g;
                    g.pos = rackPos + QPointF(20 + (c % 5) * 190.0, 50 + (c / 5) * 170.0);
                    m.layout.nodes.insert(comp.id, g);
                    if (c > 0) {
                        DependencyLink d;
                        d.id = u"d-%1-%2"_s.arg(rackNo).arg(c);
                        d.from = comp.id;
                        d.to = u"c-%1-%2"_s.arg(rackNo).arg(c - 1);
                        m.dependencies << d;
                    }
                    if (c < 3)
                        members << comp.id;
                }
                RedundancyGroup g;
                g.id = u"g-%1"_s.arg(rackNo);
                g.members = members;
                m.groups << g;
                m.layout.nodes.insert(rack.id, NodeGeometry{rackPos, QSizeF(980, 1740)});
                zone.children << rack.id;
                m.containers << rack;
            }
            m.layout.nodes.insert(zone.id, NodeGeometry{zonePos, QSizeF(1040, 8900)});
            region.children << zone.id;
            m.containers << zone;
        }
        m.layout.nodes.insert(region.id, NodeGeometry{regionPos, QSizeF(4300, 9000)});
        m.containers << region;
    }
    return m;
}

QString modelFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(u"generated-5000.ninefold"_s);
        ModelWriter::save(generateModel(), p);
        return p;
    }();
    return path;
}

// Members in this order so that the view goes first, then the scene, then the
// document.
struct OpenCanvas
{
    std::unique_ptr<Document> document;
    std::unique_ptr<CanvasScene> scene;
    std::unique_ptr<CanvasView> view;
    void close()
    {
        view.reset();
        scene.reset();
        document.reset();
    }
};

OpenCanvas openAndFit(const QString &path)
{
    OpenCanvas c;
    const LoadResult r = ModelReader::readFile(path);
    c.document = std::make_unique<Document>(*r.model, path);
    c.scene = std::make_unique<CanvasScene>(c.document.get());
    c.view = std::make_unique<CanvasView>();
    c.view->resize(1600, 1000);
    c.view->setCanvas(c.scene.get());
    c.view->show();
    c.view->zoomToFit();
    benchmark::DoNotOptimize(c.view->viewport()->grab());
    return c;
}

void BM_OpenAndFit5000(benchmark::State &state)
{
    const QString path = modelFile();
    for (auto _ : state) {
        OpenCanvas c = openAndFit(path);
        benchmark::DoNotOptimize(c.scene.get());
        state.PauseTiming(); // tearing down is not part of opening
        c.close();
        state.ResumeTiming();
    }
    state.counters["components"] = 5000;
}
BENCHMARK(BM_OpenAndFit5000)->Unit(benchmark::kMillisecond)->Iterations(5);

// One zoom step (in then out, alternately, so the zoom stays put) with its repaint.
void zoomStep(benchmark::State &state, bool closeUp)
{
    OpenCanvas c = openAndFit(modelFile());
    if (closeUp) {
        c.view->setZoom(1.0);
        c.view->centerOn(c.scene->nodeRect(u"c-0-12"_s).center());
    }
    // Paint into a ready image, as a repaint paints into the window's backing store.
    QImage image(c.view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    bool in = true;
    for (auto _ : state) {
        c.view->setZoom(in ? c.view->zoom() * CanvasView::kZoomStep : c.view->zoom() / CanvasView::kZoomStep);
        c.view->viewport()->render(&image);
        in = !in;
    }
}
void BM_ZoomStepFitted(benchmark::State &state) { zoomStep(state, false); }
void BM_ZoomStepCloseUp(benchmark::State &state) { zoomStep(state, true); }
BENCHMARK(BM_ZoomStepFitted)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ZoomStepCloseUp)->Unit(benchmark::kMillisecond);

} // namespace

void profileOpen()
{
    QElapsedTimer t;
    t.start();
    const LoadResult r = ModelReader::readFile(modelFile());
    const qint64 read = t.restart();
    const auto diags = Validator::validate(*r.model);
    qInfo("validate alone %lld ms, %lld diagnostics, %lld on load", t.restart(), qlonglong(diags.size()),
          qlonglong(r.diagnostics.size()));
    if (!r.diagnostics.isEmpty())
        qInfo("%s", qPrintable(r.diagnostics.first().toString()));
    Document doc(*r.model, QString());
    CanvasScene scene(&doc);
    const qint64 build = t.restart();
    CanvasView view;
    view.resize(1600, 1000);
    view.setCanvas(&scene);
    view.show();
    view.zoomToFit();
    const qint64 fit = t.restart();
    view.viewport()->grab();
    const qint64 paint = t.restart();
    qInfo("read+validate %lld ms, scene %lld ms, fit %lld ms, first paint %lld ms", read, build, fit, paint);
}

// Kept out of line so that callgrind can count just this (--toggle-collect).
[[gnu::noinline]] void runZoomSteps(OpenCanvas &c, int steps)
{
    QImage image(c.view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < steps; ++i) {
        c.view->setZoom(i % 2 == 0 ? c.view->zoom() * CanvasView::kZoomStep : c.view->zoom() / CanvasView::kZoomStep);
        c.view->viewport()->render(&image);
    }
}

// NF_PROFILE_ZOOM=fitted|closeup: 100 zoom steps and nothing else, for
// `perf stat -e instructions:u` comparisons that a busy machine cannot skew.
void profileZoom(bool closeUp)
{
    OpenCanvas c = openAndFit(modelFile());
    if (closeUp) {
        c.view->setZoom(1.0);
        c.view->centerOn(c.scene->nodeRect(u"c-0-12"_s).center());
    }
    QElapsedTimer t;
    t.start();
    runZoomSteps(c, 100);
    qInfo("100 zoom steps: %lld ms", t.elapsed());
    c.close();
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("NF_PROFILE_ZOOM")) {
        profileZoom(qEnvironmentVariable("NF_PROFILE_ZOOM") == u"closeup"_s);
        return 0;
    }
    if (qEnvironmentVariableIsSet("NF_PROFILE_OPEN")) {
        profileOpen();
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

#include "reportgenerator.h"

#include "analysisjson.h"
#include "atomicfile.h"
#include "chartfactory.h"
#include "diagramrenderer.h"
#include "model.h"
#include "modelindex.h"
#include "ninefold_version.h"
#include "rbddiagram.h"
#include "units.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QCryptographicHash>
#include <QDate>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

constexpr int kObjectType = QTextFormat::UserObject + 1;
constexpr int kPainterProperty = QTextFormat::UserProperty + 1;
constexpr int kWidthProperty = QTextFormat::UserProperty + 2;
constexpr int kHeightProperty = QTextFormat::UserProperty + 3;
const QString kFont = u"DejaVu Sans"_s;

using PaintFn = std::function<void(QPainter *, const QRectF &)>;

// Vector drawings inside the text: charts, the diagram, block-diagram sections.
// Each is a callback that paints into the rectangle the layout gives it.
class DrawingHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    QList<PaintFn> painters;

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return QSizeF(format.doubleProperty(kWidthProperty), format.doubleProperty(kHeightProperty));
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.intProperty(kPainterProperty);
        if (index < 0 || index >= painters.size())
            return;
        painter->save();
        painters.at(index)(painter, rect);
        painter->restore();
    }
};

// A QPaintDevice at 72 dots per inch: the document is laid out in points, so a
// font of 10 pt is 10 units tall and the PDF painter only has to scale.
class PointDevice : public QImage
{
public:
    PointDevice() : QImage(4, 4, QImage::Format_ARGB32)
    {
        setDotsPerMeterX(qRound(72.0 / 0.0254));
        setDotsPerMeterY(qRound(72.0 / 0.0254));
    }
};

class Builder
{
public:
    Builder(const ReportGenerator::Input &in, QTextDocument *doc, DrawingHandler *drawings, double width, double height)
        : in(in), m(*in.model), r(*in.result), index(*in.model), doc(doc), drawings(drawings), pageWidth(width),
          pageHeight(height), cursor(doc)
    {
        QFont font(kFont, 10);
        // No ligatures: text copied or searched in the PDF stays plain ("fi", not "ﬁ").
        font.setStyleStrategy(QFont::PreferNoShaping);
        body.setFont(font);
        body.setForeground(QColor(0x1f, 0x29, 0x37));
        muted = body;
        muted.setForeground(QColor(0x6b, 0x72, 0x80));
        bold = body;
        bold.setFontWeight(QFont::Bold);
    }

    QString name(const QString &id) const { return index.displayName(id); }

    void heading(const QString &text, int level = 1, bool newPage = false)
    {
        QTextBlockFormat bf;
        bf.setHeadingLevel(level);
        bf.setTopMargin(level == 1 ? 6 : 10);
        bf.setBottomMargin(6);
        if (newPage)
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat cf = body;
        cf.setFontPointSize(level == 1 ? 16 : 12.5);
        cf.setFontWeight(QFont::Bold);
        cf.setForeground(QColor(0x11, 0x18, 0x27));
        cursor.insertBlock(bf, cf);
        cursor.insertText(text);
        if (level == 1)
            headings << qMakePair(cursor.block().blockNumber(), text);
    }

    void paragraph(const QString &text, const QTextCharFormat *format = nullptr)
    {
        QTextBlockFormat bf;
        bf.setBottomMargin(5);
        bf.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        cursor.insertBlock(bf, format ? *format : body);
        cursor.insertText(text);
    }

    // Bold lead-in followed by text, one paragraph.
    void labelled(const QString &label, const QString &text)
    {
        QTextBlockFormat bf;
        bf.setBottomMargin(3);
        cursor.insertBlock(bf, body);
        cursor.insertText(label, bold);
        cursor.insertText(text, body);
    }

    void drawing(double width, double height, PaintFn fn, Qt::Alignment alignment = Qt::AlignHCenter)
    {
        QTextBlockFormat bf;
        bf.setAlignment(alignment);
        bf.setTopMargin(4);
        bf.setBottomMargin(8);
        cursor.insertBlock(bf, body);
        QTextCharFormat f;
        f.setObjectType(kObjectType);
        f.setProperty(kPainterProperty, int(drawings->painters.size()));
        f.setProperty(kWidthProperty, width);
        f.setProperty(kHeightProperty, height);
        drawings->painters << std::move(fn);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
    }

    void chart(QChart *chart, double aspect = 0.52)
    {
        std::shared_ptr<QChart> owned(chart);
        const double w = pageWidth;
        drawing(w, w * aspect, [owned](QPainter *p, const QRectF &rect) { ChartFactory::render(owned.get(), p, rect); });
    }

    // A table with a header row that repeats on every page it crosses.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &widths = {},
               const QList<int> &highlightRows = {})
    {
        QTextTableFormat tf;
        tf.setHeaderRowCount(1);
        tf.setBorder(0.5);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setBorderBrush(QColor(0xd1, 0xd5, 0xdb));
        tf.setCellPadding(3);
        tf.setCellSpacing(0);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setTopMargin(4);
        tf.setBottomMargin(10);
        QList<QTextLength> constraints;
        for (int w : widths)
            constraints << QTextLength(QTextLength::PercentageLength, w);
        if (!constraints.isEmpty())
            tf.setColumnWidthConstraints(constraints);
        // One cursor walks the cells in order: looking cells up by row and column
        // is quadratic in big tables.
        // The table is filled in a scratch document without a layout, then
        // inserted in one piece: filling it in place would re-lay out the whole
        // table after every cell (quadratic; minutes for a big model).
        QTextDocument scratch;
        scratch.setDefaultFont(doc->defaultFont());
        QTextCursor sc(&scratch);
        QTextTable *t = sc.insertTable(int(rows.size()) + 1, int(header.size()), tf);
        QTextCharFormat hf = bold;
        hf.setFontPointSize(8.5);
        QTextCharFormat cf = body;
        cf.setFontPointSize(8.5);
        auto shade = [&](int row, const QColor &colour) {
            for (int c = 0; c < header.size(); ++c) {
                QTextTableCell cell = t->cellAt(row, c);
                QTextCharFormat fmt = cell.format();
                fmt.setBackground(colour);
                cell.setFormat(fmt);
            }
        };
        shade(0, QColor(0xee, 0xf2, 0xf7));
        for (int row : highlightRows)
            shade(row + 1, QColor(0xfe, 0xf2, 0xf2));
        QTextCursor c = t->cellAt(0, 0).firstCursorPosition();
        for (int col = 0; col < header.size(); ++col) {
            c.insertText(header.at(col), hf);
            c.movePosition(QTextCursor::NextCell);
        }
        for (int row = 0; row < rows.size(); ++row)
            for (int col = 0; col < header.size(); ++col) {
                c.insertText(rows.at(row).value(col), cf);
                c.movePosition(QTextCursor::NextCell);
            }
        cursor.insertFragment(QTextDocumentFragment(&scratch));
        cursor.movePosition(QTextCursor::End);
    }

    void build()
    {
        titlePage();
        tableOfContents();
        summary();
        architecture();
        blockDiagram();
        findings();
        cutSets();
        importance();
        headroom();
        quorums();
        replication();
        failovers();
        commonCause();
        overTime();
        componentsAppendix();
        assumptionsAppendix();
    }

    void titlePage()
    {
        QTextBlockFormat bf;
        bf.setTopMargin(pageHeight * 0.22);
        QTextCharFormat big = bold;
        big.setFontPointSize(26);
        cursor.setBlockFormat(bf);
        cursor.setCharFormat(big);
        cursor.insertText(m.name.isEmpty() ? ReportGenerator::tr("Untitled model") : m.name);
        QTextCharFormat sub = muted;
        sub.setFontPointSize(14);
        paragraph(ReportGenerator::tr("Reliability report"), &sub);
        QTextBlockFormat spacer;
        spacer.setTopMargin(24);
        cursor.insertBlock(spacer, body);
        labelled(ReportGenerator::tr("Date: "), in.date.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : in.date);
        labelled(ReportGenerator::tr("Model file: "),
                 in.fileName.isEmpty() ? ReportGenerator::tr("(not saved)") : QFileInfo(in.fileName).fileName());
        labelled(ReportGenerator::tr("SHA-256 of the model: "),
                 QString::fromLatin1(QCryptographicHash::hash(in.fileBytes, QCryptographicHash::Sha256).toHex()));
        labelled(ReportGenerator::tr("Written by: "), ReportGenerator::tr("Ninefold %1").arg(QStringLiteral(NINEFOLD_VERSION)));
        if (!m.description.isEmpty()) {
            QTextBlockFormat d;
            d.setTopMargin(18);
            cursor.insertBlock(d, body);
            for (const QString &para : m.description.split(u"\n\n"_s))
                paragraph(para.simplified());
        }
    }

    void tableOfContents()
    {
        heading(ReportGenerator::tr("Contents"), 1, true);
        headings.removeLast(); // the contents do not list themselves
        QTextTableFormat tf;
        tf.setBorder(0);
        tf.setCellPadding(2);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90),
                                      QTextLength(QTextLength::PercentageLength, 10)});
        const QStringList titles = ReportGenerator::sectionTitles();
        tocTable = cursor.insertTable(int(titles.size()), 2, tf);
        for (int i = 0; i < titles.size(); ++i) {
            tocTable->cellAt(i, 0).firstCursorPosition().insertText(titles.at(i), body);
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight);
            QTextCursor c = tocTable->cellAt(i, 1).firstCursorPosition();
            c.setBlockFormat(right);
            c.insertText(u"00"_s, body); // filled in once the pages are known
        }
        cursor.movePosition(QTextCursor::End);
    }

    void summary()
    {
        const QStringList t = ReportGenerator::sectionTitles();
        heading(t.at(0), 1, true);
        const SteadyStateFigures &f = r.system;
        paragraph(ReportGenerator::tr("The system is available %1 of the time (%2 nines): %3 of downtime a year, "
                                      "%4 failures a year (MTBF %5), each outage lasting %6 on average. Over a "
                                      "mission of %7 without repair it survives with probability %8 (MTTF %9).")
                      .arg(Units::availability(f.unavailability), QString::number(f.nines, 'f', 2),
                           Units::minutes(f.downtimeMinutesPerYear),
                           Units::failuresPerYear(f.failureFrequencyPerHour, f.frequencyComplete),
                           Units::mtbf(f.mtbfHours, f.frequencyComplete),
                           Units::meanOutage(f.meanOutageHours, f.frequencyComplete),
                           Units::hours(r.missionTimeHours), Units::number(r.missionReliability, 4),
                           Units::hours(r.mttfHours)));
        QList<QStringList> rows;
        QList<int> failing;
        for (const ServiceFigures &s : r.services) {
            const Service *svc = index.service(s.id);
            QString verdict = s.target ? (s.meetsTarget ? ReportGenerator::tr("PASS") : ReportGenerator::tr("FAIL"))
                                       : ReportGenerator::tr("no target");
            if (s.target && !s.meetsTarget)
                failing << int(rows.size());
            rows << QStringList{s.name, Units::availability(s.figures.unavailability),
                                s.target ? Units::availability(1.0 - *s.target) : u"—"_s, verdict,
                                Units::minutes(s.figures.downtimeMinutesPerYear),
                                svc && svc->outageCostPerSecond > 0 ? Units::money(s.outageCostPerYear, m.currency) : u"—"_s};
        }
        if (!rows.isEmpty())
            table({ReportGenerator::tr("Service"), ReportGenerator::tr("Availability"), ReportGenerator::tr("Target"),
                   ReportGenerator::tr("Result"), ReportGenerator::tr("Downtime a year"), ReportGenerator::tr("Outage cost a year")},
                  rows, {28, 15, 13, 11, 16, 17}, failing);
        // Requirements on recovery.
        QList<QStringList> req;
        QList<int> reqFailing;
        for (const ServiceClassification &c : r.classifications) {
            const Service *svc = index.service(c.service);
            if (!svc || (!svc->rtoSeconds && !svc->rpoSeconds))
                continue;
            const bool rtoOk = !svc->rtoSeconds || c.achievedRtoSeconds <= *svc->rtoSeconds;
            const bool rpoOk = !svc->rpoSeconds || c.achievedRpoSeconds <= *svc->rpoSeconds;
            if (!rtoOk || !rpoOk)
                reqFailing << int(req.size());
            req << QStringList{name(c.service),
                               svc->rtoSeconds ? Units::duration(*svc->rtoSeconds) : u"—"_s, Units::duration(c.achievedRtoSeconds),
                               svc->rpoSeconds ? Units::duration(*svc->rpoSeconds) : u"—"_s, Units::duration(c.achievedRpoSeconds),
                               c.required + u" / "_s + c.achieved,
                               (rtoOk && rpoOk) ? ReportGenerator::tr("PASS") : ReportGenerator::tr("FAIL")};
        }
        if (!req.isEmpty())
            table({ReportGenerator::tr("Service"), ReportGenerator::tr("RTO required"), ReportGenerator::tr("achieved"),
                   ReportGenerator::tr("RPO required"), ReportGenerator::tr("achieved"), ReportGenerator::tr("HA/FT required / achieved"),
                   ReportGenerator::tr("Result")},
                  req, {24, 12, 12, 12, 12, 17, 11}, reqFailing);
        heading(ReportGenerator::tr("The three most important findings"), 2);
        int shown = 0;
        for (const Finding &x : r.findings) {
            if (shown == 3)
                break;
            ++shown;
            labelled(u"%1. [%2] "_s.arg(shown).arg(AnalysisJson::severityName(x.severity).toUpper()), x.message);
        }
        if (shown == 0)
            paragraph(ReportGenerator::tr("Ninefold found nothing to report."));
    }

    void architecture()
    {
        heading(ReportGenerator::sectionTitles().at(1), 1, true);
        if (!in.diagram) {
            paragraph(ReportGenerator::tr("The diagram is not available in this report."), &muted);
            return;
        }
        const QRectF b = in.diagram->bounds();
        const double w = pageWidth;
        const double h = std::min(pageHeight * 0.8, w * b.height() / std::max(1.0, b.width()));
        auto diagram = in.diagram;
        drawing(w, h, [diagram](QPainter *p, const QRectF &rect) { diagram->render(p, rect); });
        paragraph(ReportGenerator::tr("%n component(s) in %1 failure domain(s); %2 redundancy group(s), %3 quorum "
                                      "group(s), %4 service(s).",
                                      nullptr, int(m.components.size()))
                      .arg(m.containers.size())
                      .arg(m.groups.size())
                      .arg(m.quorums.size())
                      .arg(m.services.size()),
                  &muted);
    }

    void blockDiagram()
    {
        heading(ReportGenerator::sectionTitles().at(2), 1, true);
        paragraph(ReportGenerator::tr("The reliability block diagram Ninefold derived from the drawing: blocks in series "
                                      "are all needed; a frame holds alternatives with its rule (any one, k of n, "
                                      "quorum, primary or failover). Blocks in orange are common causes used by several "
                                      "others; larger shared blocks are drawn once, in a section of their own, and "
                                      "referred to by dashed boxes."));
        if (!r.structure)
            return;
        auto rbd = std::make_shared<RbdDiagram>(RbdDiagram::build(*r.structure));
        // One scale for all sections, so boxes look alike, unless a section is so
        // wide that it would make everything tiny: that one is shrunk on its own.
        double widest = 1.0;
        for (const RbdDiagram::Section &sec : rbd->sections())
            widest = std::max(widest, sec.rect.width());
        const double common = std::clamp(pageWidth / widest, 0.55, 0.85);
        for (int i = 0; i < rbd->sections().size(); ++i) {
            const QRectF sr = rbd->sections().at(i).rect;
            const double scale = std::min({common, pageWidth / sr.width(), pageHeight * 0.85 / sr.height()});
            drawing(sr.width() * scale, sr.height() * scale, [rbd, i, sr](QPainter *p, const QRectF &rect) {
                p->translate(rect.topLeft());
                p->scale(rect.width() / sr.width(), rect.height() / sr.height());
                p->translate(-sr.topLeft());
                rbd->paintSection(p, i);
            }, Qt::AlignLeft);
        }
    }

    void findings()
    {
        heading(ReportGenerator::sectionTitles().at(3), 1, true);
        if (r.findings.isEmpty()) {
            paragraph(ReportGenerator::tr("No findings."));
            return;
        }
        QList<QStringList> rows;
        QList<int> critical;
        for (const Finding &f : r.findings) {
            QStringList names;
            for (const QString &e : f.elements)
                names << name(e);
            if (f.severity == Finding::Severity::Critical)
                critical << int(rows.size());
            rows << QStringList{AnalysisJson::severityName(f.severity), f.code, f.message,
                                f.fix.isEmpty() ? u"—"_s : f.fix};
        }
        table({ReportGenerator::tr("Severity"), ReportGenerator::tr("Code"), ReportGenerator::tr("Finding"),
               ReportGenerator::tr("Suggested fix")},
              rows, {10, 16, 44, 30}, critical);
    }

    void cutSets()
    {
        heading(ReportGenerator::sectionTitles().at(4), 1, true);
        QStringList orders;
        for (int i = 1; i < r.cutSetsByOrder.size(); ++i)
            if (r.cutSetsByOrder.at(i) > 0)
                orders << ReportGenerator::tr("%1 of order %2").arg(Units::number(r.cutSetsByOrder.at(i), 6)).arg(i);
        paragraph(ReportGenerator::tr("A minimal cut set is a smallest combination of failures that takes the system "
                                      "down. There are %1 (%2); order 1 are single points of failure. The most probable:")
                      .arg(Units::number(r.cutSetCount, 6), orders.join(u", "_s)));
        QList<QStringList> rows;
        int i = 0;
        for (const CutSetView &c : r.cutSets)
            rows << QStringList{QString::number(++i), c.names.join(u" + "_s), QString::number(c.events.size()),
                                Units::probability(c.probability), Units::percent(c.share)};
        table({u"#"_s, ReportGenerator::tr("Failures"), ReportGenerator::tr("Order"), ReportGenerator::tr("Probability"),
               ReportGenerator::tr("Share of U")},
              rows, {6, 58, 9, 14, 13});
    }

    void importance()
    {
        heading(ReportGenerator::sectionTitles().at(5), 1, true);
        paragraph(ReportGenerator::tr("Computed exactly on the block diagram. Birnbaum: how much the system's "
                                      "unavailability rises per unit of the element's; Fussell-Vesely: the share of "
                                      "downtime that involves it; RAW and RRW: how many times worse (better) the system "
                                      "would be if the element were always down (never failed)."));
        QList<ElementFigures> list = r.elements;
        list.erase(std::remove_if(list.begin(), list.end(), [](const ElementFigures &e) { return !e.hasOwnEvent; }),
                   list.end());
        std::stable_sort(list.begin(), list.end(), [](const ElementFigures &a, const ElementFigures &b) {
            return a.importance.fussellVesely > b.importance.fussellVesely;
        });
        QList<QStringList> rows;
        for (const ElementFigures &e : list)
            rows << QStringList{name(e.id), Units::probability(e.ownUnavailability), Units::probability(e.importance.birnbaum),
                                Units::percent(e.importance.fussellVesely), Units::number(e.importance.raw, 4),
                                std::isinf(e.importance.rrw) ? u"∞"_s : Units::number(e.importance.rrw, 4),
                                Units::minutes(e.downtimeMinutesPerYear)};
        table({ReportGenerator::tr("Element"), ReportGenerator::tr("U own"), ReportGenerator::tr("Birnbaum"),
               ReportGenerator::tr("Fussell-Vesely"), u"RAW"_s, u"RRW"_s, ReportGenerator::tr("Downtime a year")},
              rows, {30, 11, 12, 13, 10, 10, 14});
        chart(ChartFactory::importanceTornado(r, m, 12, ChartFactory::Style::Print), 0.6);
    }

    void headroom()
    {
        heading(ReportGenerator::sectionTitles().at(6), 1, true);
        if (r.groups.isEmpty()) {
            paragraph(ReportGenerator::tr("The model has no redundancy groups."));
            return;
        }
        QList<QStringList> rows;
        for (const GroupReport &g : r.groups) {
            const QString declared = g.declaredN > 0 ? u"N+%1"_s.arg(g.declaredM) : u"—"_s;
            const QString effective = g.effectiveM < 0 ? ReportGenerator::tr("none") : u"N+%1"_s.arg(g.effectiveM);
            rows << QStringList{g.name, g.policy, QString::number(g.members), declared, effective,
                                g.hasLoad ? Units::percent(g.ceiling, 0) : u"—"_s,
                                g.cascadeAfter >= 0 ? ReportGenerator::tr("after %n failure(s)", nullptr, g.cascadeAfter)
                                                    : ReportGenerator::tr("no"),
                                g.maxUnavailable > 0 ? QString::number(g.toleranceDuringUpdate) : u"—"_s,
                                Units::availability(g.unavailability)};
        }
        table({ReportGenerator::tr("Group"), ReportGenerator::tr("Policy"), ReportGenerator::tr("Members"),
               ReportGenerator::tr("Declared"), ReportGenerator::tr("Effective"), ReportGenerator::tr("Ceiling"),
               ReportGenerator::tr("Cascade"), ReportGenerator::tr("Spare during update"), ReportGenerator::tr("Availability")},
              rows, {20, 12, 8, 9, 9, 8, 12, 10, 12});
        for (const GroupReport &g : r.groups) {
            if (!g.hasLoad)
                continue;
            heading(g.name, 2);
            QList<QStringList> hr;
            QList<int> over;
            for (const HeadroomRow &row : g.rows) {
                if (row.status == HeadroomRow::Status::Overload)
                    over << int(hr.size());
                hr << QStringList{QString::number(row.failures), QString::number(row.survivors),
                                  Units::number(row.loadPerSurvivor) + u' ' + m.loadUnit, Units::percent(row.utilisation),
                                  row.status == HeadroomRow::Status::Ok
                                      ? ReportGenerator::tr("ok")
                                      : (row.status == HeadroomRow::Status::AboveCeiling ? ReportGenerator::tr("above the ceiling")
                                                                                         : ReportGenerator::tr("overload: cascade"))};
            }
            table({ReportGenerator::tr("Failed"), ReportGenerator::tr("Survivors"), ReportGenerator::tr("Load per survivor"),
                   ReportGenerator::tr("Utilisation"), ReportGenerator::tr("Status")},
                  hr, {12, 14, 28, 18, 28}, over);
            chart(ChartFactory::headroom(g, ChartFactory::Style::Print), 0.45);
        }
    }

    void quorums()
    {
        heading(ReportGenerator::sectionTitles().at(7), 1, true);
        if (r.quorums.isEmpty()) {
            paragraph(ReportGenerator::tr("The model has no quorum groups."));
            return;
        }
        for (const QuorumReport &q : r.quorums) {
            heading(q.name, 2);
            QString text = ReportGenerator::tr("%1 voters, quorum %2, tolerates %n failure(s).", nullptr, q.tolerated)
                               .arg(q.voters)
                               .arg(q.quorum);
            if (q.kind == u"tunable"_s)
                text += u' ' + ReportGenerator::tr("N = %1, W = %2, R = %3: reads %4 the latest write; writes %5 conflict.")
                                   .arg(q.n)
                                   .arg(q.w)
                                   .arg(q.r)
                                   .arg(q.readYourWrites ? ReportGenerator::tr("always see") : ReportGenerator::tr("may miss"),
                                        q.singleWriteQuorum ? ReportGenerator::tr("cannot") : ReportGenerator::tr("can"));
            paragraph(text);
            QList<QStringList> rows;
            QList<int> bad;
            for (const QuorumScenario &s : q.losses) {
                if (!s.writable || !s.readable)
                    bad << int(rows.size());
                rows << QStringList{s.description, QString::number(s.votersLeft),
                                    s.writable && s.readable ? ReportGenerator::tr("keeps quorum")
                                    : s.readable             ? ReportGenerator::tr("reads only")
                                    : s.writable             ? ReportGenerator::tr("writes only")
                                                             : ReportGenerator::tr("loses quorum")};
            }
            for (const QuorumScenario &s : q.splits) {
                if (s.sideWithQuorum.isEmpty())
                    bad << int(rows.size());
                QString outcome;
                if (s.sideWithQuorum.isEmpty())
                    outcome = ReportGenerator::tr("no side keeps quorum");
                else if (s.sideWithQuorum == u"both"_s)
                    outcome = ReportGenerator::tr("both sides accept writes: conflicts");
                else if (s.sideWithQuorum == u"first"_s)
                    outcome = ReportGenerator::tr("the first side keeps quorum");
                else
                    outcome = ReportGenerator::tr("the second side keeps quorum");
                rows << QStringList{s.description, u"%1 | %2"_s.arg(s.votersLeft).arg(s.votersOther), outcome};
            }
            if (!rows.isEmpty())
                table({ReportGenerator::tr("Scenario"), ReportGenerator::tr("Voters"), ReportGenerator::tr("Outcome")},
                      rows, {55, 15, 30}, bad);
        }
    }

    void replication()
    {
        heading(ReportGenerator::sectionTitles().at(8), 1, true);
        if (r.replications.isEmpty()) {
            paragraph(ReportGenerator::tr("The model has no replication links."));
            return;
        }
        QList<QStringList> rows;
        for (const ReplicationReport &rep : r.replications)
            rows << QStringList{name(rep.from) + u" → "_s + name(rep.to), rep.mode, Units::duration(rep.rpoSeconds),
                                rep.rttKnown ? Units::milliseconds(rep.rttMs) : u"—"_s,
                                rep.addedWriteLatencyMs > 0 ? Units::milliseconds(rep.addedWriteLatencyMs) : u"—"_s,
                                rep.monitoringNote.isEmpty() ? u"—"_s : rep.monitoringNote};
        table({ReportGenerator::tr("Link"), ReportGenerator::tr("Mode"), u"RPO"_s, u"RTT"_s,
               ReportGenerator::tr("Added write latency"), ReportGenerator::tr("Lag monitoring")},
              rows, {32, 8, 10, 10, 14, 26});
    }

    void failovers()
    {
        heading(ReportGenerator::sectionTitles().at(9), 1, true);
        if (r.failovers.isEmpty()) {
            paragraph(ReportGenerator::tr("The model has no failover links."));
            return;
        }
        QList<QStringList> rows;
        for (const FailoverReport &f : r.failovers)
            rows << QStringList{name(f.from) + u" → "_s + name(f.to)
                                    + (f.drawn ? QString() : u" "_s + ReportGenerator::tr("(no link drawn: assumed)")),
                                f.automatic ? ReportGenerator::tr("automatic") : ReportGenerator::tr("manual"),
                                Units::duration(f.detectionSeconds), Units::duration(f.promotionSeconds + f.reconnectSeconds),
                                Units::duration(f.humanSeconds), Units::duration(f.rtoSeconds), Units::duration(f.rpoSeconds),
                                Units::number(f.failoversPerYear, 3), Units::money(f.costPerFailover, m.currency),
                                Units::money(f.costPerYear, m.currency)};
        table({ReportGenerator::tr("Failover"), ReportGenerator::tr("Mode"), ReportGenerator::tr("Detection"),
               ReportGenerator::tr("Promotion + reconnect"), ReportGenerator::tr("Person"), u"RTO"_s, u"RPO"_s,
               ReportGenerator::tr("A year"), ReportGenerator::tr("Cost each"), ReportGenerator::tr("Cost a year")},
              rows, {20, 9, 9, 11, 8, 8, 8, 7, 10, 10});
    }

    void commonCause()
    {
        heading(ReportGenerator::sectionTitles().at(10), 1, true);
        QList<QStringList> rows;
        for (const GroupReport &g : r.groups) {
            const QString shared = g.sharedDomain.isEmpty() ? ReportGenerator::tr("none") : name(g.sharedDomain);
            rows << QStringList{g.name, shared, Units::percent(g.commonCauseShare),
                                Units::availability(g.unavailability), Units::availability(g.nonRedundantUnavailability)};
        }
        paragraph(ReportGenerator::tr("Common causes come from placement and shared dependencies (found in the drawing) "
                                      "and from parametric models (beta-factor, multiple Greek letter, alpha-factor) of "
                                      "identical members."));
        if (!rows.isEmpty())
            table({ReportGenerator::tr("Group"), ReportGenerator::tr("Takes every member down"),
                   ReportGenerator::tr("Share from parametric causes"), ReportGenerator::tr("Group availability"),
                   ReportGenerator::tr("One member alone")},
                  rows, {24, 26, 16, 17, 17});
    }

    void overTime()
    {
        heading(ReportGenerator::sectionTitles().at(11), 1, true);
        std::optional<double> target;
        for (const ServiceFigures &s : r.services)
            if (s.target && (!target || *s.target > *target))
                target = s.target;
        chart(ChartFactory::availability(r, target, ChartFactory::Style::Print), 0.5);
        chart(ChartFactory::reliability(r, ChartFactory::Style::Print), 0.5);
        chart(ChartFactory::downtimePareto(r, m, 10, ChartFactory::Style::Print), 0.55);
    }

    void componentsAppendix()
    {
        heading(ReportGenerator::sectionTitles().at(12), 1, true);
        paragraph(ReportGenerator::tr("Every component and failure domain with its parameters. Failures are independent "
                                      "except through what the drawing shares; repairs are independent; lives are "
                                      "exponential unless a distribution is given. Light in fibre is taken at "
                                      "204,190 km/s; route factors are given per replication link."));
        QList<QStringList> rows;
        auto failure = [](const FailureModel &f) -> QStringList {
            switch (f.mode) {
            case FailureModel::Mode::Perfect: return {ReportGenerator::tr("never fails"), u"—"_s, u"—"_s};
            case FailureModel::Mode::Rates:
                return {Units::hours(f.mtbfHours), Units::hours(f.mttrHours), Units::availability(f.steadyUnavailability())};
            case FailureModel::Mode::FixedAvailability:
                return {ReportGenerator::tr("fixed"), f.mttrHours > 0 ? Units::hours(f.mttrHours) : u"—"_s,
                        Units::availability(f.steadyUnavailability())};
            }
            return {};
        };
        auto life = [](const FailureModel &f) -> QString {
            if (!f.distribution)
                return f.mode == FailureModel::Mode::Rates ? ReportGenerator::tr("exponential") : u"—"_s;
            const LifeDistribution &d = *f.distribution;
            if (d.type == DistributionType::Weibull)
                return ReportGenerator::tr("Weibull β %1, η %2").arg(d.shape).arg(Units::hours(d.scaleHours));
            if (d.type == DistributionType::Lognormal)
                return ReportGenerator::tr("lognormal, median %1, σ %2").arg(Units::hours(d.medianHours)).arg(d.sigma);
            return ReportGenerator::tr("exponential");
        };
        for (const Container &c : m.containers) {
            const QStringList f = failure(c.failure);
            rows << (QStringList{c.name.isEmpty() ? c.id : c.name, kinds::toString(c.kind),
                                 index.parentOf(c.id).isEmpty() ? u"—"_s : name(index.parentOf(c.id))}
                     + f + QStringList{life(c.failure)});
        }
        for (const Component &c : m.components) {
            const QStringList f = failure(c.failure);
            rows << (QStringList{c.name.isEmpty() ? c.id : c.name, kinds::toString(c.kind),
                                 index.parentOf(c.id).isEmpty() ? u"—"_s : name(index.parentOf(c.id))}
                     + f + QStringList{life(c.failure)});
        }
        table({ReportGenerator::tr("Element"), ReportGenerator::tr("Kind"), ReportGenerator::tr("Placed in"), u"MTBF"_s,
               u"MTTR"_s, ReportGenerator::tr("Availability"), ReportGenerator::tr("Life distribution")},
              rows, {24, 12, 18, 11, 9, 12, 14});
        QList<QStringList> reps;
        for (const ReplicationLink &l : m.replications)
            reps << QStringList{name(l.from) + u" → "_s + name(l.to), kinds::toString(l.mode),
                                l.rttMs > 0 ? ReportGenerator::tr("measured %1").arg(Units::milliseconds(l.rttMs))
                                            : (l.distanceKm > 0 ? ReportGenerator::tr("%1 km × route factor %2").arg(l.distanceKm).arg(l.routeFactor)
                                                                : u"—"_s)};
        if (!reps.isEmpty())
            table({ReportGenerator::tr("Replication"), ReportGenerator::tr("Mode"), ReportGenerator::tr("Round trip from")},
                  reps, {50, 15, 35});
    }

    void assumptionsAppendix()
    {
        heading(ReportGenerator::sectionTitles().at(13), 1, true);
        if (r.assumptions.isEmpty())
            paragraph(ReportGenerator::tr("None beyond those stated in Appendix A."));
        for (const QString &a : r.assumptions)
            paragraph(u"• "_s + a);
    }

    const ReportGenerator::Input &in;
    const Model &m;
    const AnalysisResult &r;
    ModelIndex index;
    QTextDocument *doc;
    DrawingHandler *drawings;
    double pageWidth;
    double pageHeight;
    QTextCursor cursor;
    QTextCharFormat body, muted, bold;
    QTextTable *tocTable = nullptr;
    QList<QPair<int, QString>> headings; // block number, title
};

} // namespace

QStringList ReportGenerator::sectionTitles()
{
    return {tr("Executive summary"),
            tr("Architecture"),
            tr("Reliability block diagram"),
            tr("Findings"),
            tr("Minimal cut sets"),
            tr("Importance"),
            tr("N+M headroom"),
            tr("Quorums and partitions"),
            tr("Replication: RPO and latency"),
            tr("Failover: RTO and outage cost"),
            tr("Common causes"),
            tr("Availability over time"),
            tr("Appendix A: Components and parameters"),
            tr("Appendix B: Assumptions")};
}

bool ReportGenerator::writePdf(const Input &input, const QString &path, QString *error, const Progress &progress)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not write the report %1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    };
    if (!input.model || !input.result)
        return fail(tr("nothing to report"));
    // The PDF is made in memory and written in one atomic step, so a full disk
    // or a cancelled export never leaves a truncated report over the old one.
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(input.pageSize));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("%1 — reliability report").arg(input.model->name));
    writer.setCreator(tr("Ninefold %1").arg(QStringLiteral(NINEFOLD_VERSION)));

    // Page geometry in points (the document's unit); the footer takes the last 18 pt.
    const QRectF paint = writer.pageLayout().paintRect(QPageLayout::Point);
    const double footer = 18.0;
    const double width = paint.width();
    const double height = paint.height() - footer;

    QTextDocument doc;
    PointDevice device;
    doc.documentLayout()->setPaintDevice(&device);
    QFont defaultFont(kFont, 10);
    defaultFont.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(defaultFont);
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(width, height));
    DrawingHandler drawings;
    doc.documentLayout()->registerHandler(kObjectType, &drawings);
    Builder builder(input, &doc, &drawings, width, height);
    builder.build();

    // Table of contents: the page of each section, found from the layout (twice,
    // in case writing the numbers moved anything).
    for (int pass = 0; pass < 2; ++pass) {
        const QStringList titles = sectionTitles();
        for (const auto &[blockNumber, title] : builder.headings) {
            const int row = int(titles.indexOf(title));
            if (row < 0)
                continue;
            const QTextBlock block = doc.findBlockByNumber(blockNumber);
            const double top = doc.documentLayout()->blockBoundingRect(block).top();
            const int page = int(std::floor(top / height)) + 1;
            QTextTableCell cell = builder.tocTable->cellAt(row, 1);
            QTextCursor c = cell.firstCursorPosition();
            c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            c.insertText(QString::number(page));
        }
    }

    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("cannot paint the PDF"));
    const double scale = writer.resolution() / 72.0;
    QFont footerFont(kFont);
    footerFont.setPixelSize(8); // in points: the painter is scaled to points
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.save();
        painter.translate(0, -page * height);
        const QRectF clip(0, page * height, width, height);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x37));
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        if (page > 0) {
            painter.setFont(footerFont);
            painter.setPen(QColor(0x6b, 0x72, 0x80));
            const QRectF foot(0, height + 4, width, footer - 4);
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, input.model->name);
            painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
        painter.restore();
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            return fail(tr("cancelled"));
        }
    }
    if (!painter.end())
        return fail(tr("the PDF could not be completed"));
    QString why;
    if (!AtomicFile::write(path, pdf, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return true;
}

} // namespace nf

#include "reportgenerator.moc"

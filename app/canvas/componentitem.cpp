#include "componentitem.h"

#include "canvasscene.h"
#include "canvastheme.h"
#include "document.h"
#include "kindicons.h"
#include "kindlabels.h"
#include "numberformat.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QtMath>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr qreal kRadius = 8;
constexpr qreal kTile = 30;
constexpr qreal kHandleRadius = 5;
constexpr qreal kHandleHit = 9;
} // namespace

ComponentItem::ComponentItem(CanvasScene *canvas, const QString &id)
    : NodeItem(canvas, id)
{
    setAcceptHoverEvents(true);
    setZValue(20);
}

void ComponentItem::syncProperties()
{
    const Component *c = m_canvas->document()->component(m_id);
    if (!c)
        return;
    m_kind = c->kind;
    m_name = c->name.isEmpty() ? c->id : c->name;
    m_subtitle = KindLabels::component(c->kind);
    if (c->failure.canFail())
        m_subtitle = NumberFormat::formatAvailability(c->failure.steadyAvailability()) + u" \u00b7 "_s + m_subtitle;
    m_textLaidOut = false; // laid out when first painted close enough to read
}

void ComponentItem::layoutText()
{
    const QFontMetricsF label(theme().labelFont);
    const QFontMetricsF small(theme().smallFont);
    const qreal textWidth = m_size.width() - kTile - 24;
    // The name takes up to two lines, broken between words; the rest is elided.
    m_nameLines.clear();
    QString rest = m_name;
    while (!rest.isEmpty() && m_nameLines.size() < 2) {
        if (m_nameLines.size() == 1 || label.horizontalAdvance(rest) <= textWidth) {
            m_nameLines << label.elidedText(rest, Qt::ElideRight, textWidth);
            break;
        }
        int cut = int(rest.size());
        while (cut > 0 && label.horizontalAdvance(rest.left(cut)) > textWidth)
            cut = int(rest.lastIndexOf(u' ', cut - 1));
        if (cut <= 0) {
            m_nameLines << label.elidedText(rest, Qt::ElideRight, textWidth);
            break;
        }
        m_nameLines << rest.left(cut);
        rest = rest.mid(cut + 1);
    }
    m_subtitleShown = small.elidedText(m_subtitle, Qt::ElideRight, textWidth);
    m_nameText.clear();
    for (const QString &line : std::as_const(m_nameLines)) {
        QStaticText text(line);
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), theme().labelFont);
        m_nameText << text;
    }
    m_subtitleText = QStaticText(m_subtitleShown);
    m_subtitleText.setTextFormat(Qt::PlainText);
    m_subtitleText.prepare(QTransform(), theme().smallFont);
    m_textLaidOut = true;
}

QPointF ComponentItem::handlePos(int handle) const
{
    const QRectF r = boxRect();
    switch (handle) {
    case 0: return {r.center().x(), r.top()};
    case 1: return {r.right(), r.center().y()};
    case 2: return {r.center().x(), r.bottom()};
    default: return {r.left(), r.center().y()};
    }
}

int ComponentItem::handleAt(QPointF localPos) const
{
    for (int h = 0; h < 4; ++h) {
        const QPointF d = localPos - handlePos(h);
        if (d.x() * d.x() + d.y() * d.y() <= kHandleHit * kHandleHit)
            return h;
    }
    return -1;
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasTheme &t = theme();
    const QRectF r = boxRect();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor accent = m_overlay.greyed ? t.greyed : t.categoryColor(m_kind);
    painter->setOpacity(m_overlay.greyed ? 0.45 : 1.0);

    if (lod < 0.35) { // far away: a coloured block is all one can see
        painter->setRenderHint(QPainter::Antialiasing, false);
        QColor block = accent;
        if (m_overlay.heat >= 0 && !m_overlay.greyed)
            block = heatColor(m_overlay.heat);
        if (m_overlay.outlined || m_overlay.failed)
            block = toneColor(ItemOverlay::Tone::Bad, t);
        painter->fillRect(r, isSelected() ? t.selection : block);
        return;
    }
    paintHeat(painter, r, kRadius);

    // The card (rounded box, border, kind tile) is the same for every card of a
    // category and state: it is rendered once per zoom level at device resolution
    // and blitted, instead of rasterising rounded paths card by card.
    const QRectF tile(r.left() + 8, r.center().y() - kTile / 2, kTile, kTile);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const qreal scale = lod * dpr;
    const int state = (isSelected() ? 1 : 0) | (m_overlay.highlighted ? 2 : 0);
    const QString key = u"nf-card|%1|%2|%3|%4|%5|%6x%7"_s.arg(accent.rgba())
                            .arg(t.nodeFill.rgba())
                            .arg(t.nodeBorder.rgba())
                            .arg(state)
                            .arg(qRound(scale * 1000))
                            .arg(r.width())
                            .arg(r.height());
    // On vector devices (PDF, SVG) the card is drawn as shapes, never as a cached bitmap.
    const QPaintEngine *engine = painter->paintEngine();
    const bool vector = engine && (engine->type() == QPaintEngine::Pdf || engine->type() == QPaintEngine::SVG
                                   || engine->type() == QPaintEngine::Picture);
    auto drawCard = [&](QPainter &p, qreal unit) {
        QPen border(t.nodeBorder, unit); // one device pixel
        if (isSelected())
            border = QPen(t.selection, 2.0);
        if (m_overlay.highlighted)
            border = QPen(t.highlight, 3.0);
        p.setPen(border);
        p.setBrush(t.nodeFill);
        const qreal inset = border.widthF() / 2;
        p.drawRoundedRect(QRectF(QPointF(0, 0), r.size()).adjusted(inset, inset, -inset, -inset), kRadius, kRadius);
        QColor tileFill = accent;
        tileFill.setAlphaF(t.dark ? 0.22f : 0.12f);
        p.setPen(Qt::NoPen);
        p.setBrush(tileFill);
        p.drawRoundedRect(tile.translated(-r.topLeft()), 7, 7);
    };
    constexpr qreal margin = 2;
    if (vector) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(r.topLeft());
        drawCard(*painter, 0.8);
        painter->restore();
    } else {
        QPixmap card;
        if (!QPixmapCache::find(key, &card)) {
            const QSizeF size = (r.size() + QSizeF(2 * margin, 2 * margin)) * scale;
            card = QPixmap(QSize(qCeil(size.width()), qCeil(size.height())));
            card.fill(Qt::transparent);
            QPainter p(&card);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(scale, scale);
            p.translate(margin, margin);
            drawCard(p, 1.0 / scale);
            p.end();
            QPixmapCache::insert(key, card);
        }
        painter->drawPixmap(r.adjusted(-margin, -margin, margin, margin), card, QRectF(card.rect()));
    }
    painter->setRenderHint(QPainter::Antialiasing);
    if (lod >= 0.6) {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const int iconSize = 20;
        const QRectF iconRect(tile.center().x() - iconSize / 2.0, tile.center().y() - iconSize / 2.0, iconSize, iconSize);
        if (vector) {
            KindIcons::render(painter, KindIcons::resourcePath(m_kind), accent, iconRect);
        } else {
            const QPixmap icon = KindIcons::pixmap(KindIcons::resourcePath(m_kind), accent, iconSize,
                                                   std::max<qreal>(1.0, dpr * std::min<qreal>(lod, 3.0)));
            painter->drawPixmap(iconRect, icon, QRectF(QPointF(0, 0), icon.size()));
        }

        if (!m_textLaidOut)
            layoutText();
        const qreal textLeft = tile.right() + 8;
        const qreal lineHeight = 14;
        const qreal textHeight = lineHeight * m_nameLines.size() + 14;
        qreal y = r.center().y() - textHeight / 2;
        painter->setPen(t.text);
        painter->setFont(t.labelFont);
        const qreal labelHeight = QFontMetricsF(t.labelFont).height();
        for (const QStaticText &line : std::as_const(m_nameText)) {
            painter->drawStaticText(QPointF(textLeft, y + (lineHeight - labelHeight) / 2), line);
            y += lineHeight;
        }
        painter->setPen(t.mutedText);
        painter->setFont(t.smallFont);
        painter->drawStaticText(QPointF(textLeft, y + 1 + (13 - QFontMetricsF(t.smallFont).height()) / 2),
                                m_subtitleText);
    }

    if (m_hovered && lod >= 0.5 && !m_overlay.greyed) {
        painter->setPen(QPen(t.nodeFill, 1.5));
        painter->setBrush(t.handle);
        for (int h = 0; h < 4; ++h)
            painter->drawEllipse(handlePos(h), kHandleRadius, kHandleRadius);
    }
    paintMarks(painter, r, kRadius);
    paintBadge(painter, r.topRight());
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    updateHoverText();
    m_hovered = true;
    update();
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace nf

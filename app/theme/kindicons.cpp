#include "kindicons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace nf {

QString KindIcons::resourcePath(ComponentKind kind)
{
    return u":/icons/kinds/"_s + kinds::toString(kind) + u".svg"_s;
}

QString KindIcons::resourcePath(ContainerKind kind)
{
    return u":/icons/kinds/"_s + kinds::toString(kind) + u".svg"_s;
}

namespace {
QByteArray tintedSvg(const QString &resource, const QColor &color)
{
    static QHash<QString, QByteArray> sources;
    if (!sources.contains(resource)) {
        QFile f(resource);
        sources.insert(resource, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }
    QByteArray svg = sources.value(resource);
    svg.replace("#000000", color.name(QColor::HexRgb).toLatin1());
    return svg;
}
} // namespace

void KindIcons::render(QPainter *painter, const QString &resource, const QColor &color, const QRectF &target)
{
    QSvgRenderer renderer(tintedSvg(resource, color));
    if (renderer.isValid())
        renderer.render(painter, target);
}

QPixmap KindIcons::pixmap(const QString &resource, const QColor &color, int size, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const QString key = resource + u'|' + color.name(QColor::HexArgb) + u'|' + QString::number(size) + u'|'
        + QString::number(devicePixelRatio);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;

    const QByteArray svg = tintedSvg(resource, color);
    const int px = qRound(size * devicePixelRatio);
    QPixmap pm(px, px);
    pm.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    if (renderer.isValid()) {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p, QRectF(0, 0, px, px));
    }
    pm.setDevicePixelRatio(devicePixelRatio);
    cache.insert(key, pm);
    return pm;
}

QIcon KindIcons::icon(const QString &resource, const QColor &color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        for (qreal dpr : {1.0, 2.0})
            icon.addPixmap(pixmap(resource, color, size, dpr));
    return icon;
}

} // namespace nf

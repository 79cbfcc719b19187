#pragma once

#include "nodeitem.h"

namespace nf {

// An entry point (service) drawn as a pill with its name and availability target;
// the scene draws its connector to the element that serves it.
class ServiceItem : public NodeItem
{
public:
    ServiceItem(CanvasScene *canvas, const QString &id);

    int type() const override { return ServiceType; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void syncProperties() override;

private:
    QString m_name;
    QString m_target;
};

} // namespace nf

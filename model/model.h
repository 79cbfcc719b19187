#pragma once

#include "component.h"
#include "container.h"
#include "dependencylink.h"
#include "failoverlink.h"
#include "layout.h"
#include "quorumgroup.h"
#include "redundancygroup.h"
#include "replicationlink.h"
#include "service.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace nf {

// A reference to one element of a model: its type and its index in that type's list.
struct ElementRef
{
    ElementType type = ElementType::Component;
    int index = -1;
    bool isValid() const { return index >= 0; }
    bool operator==(const ElementRef &) const = default;
};

// The order in which an id is looked up when elements of several types share it
// (such a file is invalid, but it is still opened and shown): the first match
// in this order wins, for Model::find and ModelIndex alike.
inline constexpr std::array<ElementType, 8> kLookupOrder{
    ElementType::Component,   ElementType::Container,    ElementType::RedundancyGroup, ElementType::QuorumGroup,
    ElementType::Service,     ElementType::Dependency,   ElementType::FailoverLink,    ElementType::ReplicationLink,
};

// The document: an architecture as the user drew it. A plain value type, cheap
// enough to copy as an immutable snapshot for the analysis. Lookups by id are
// linear; code that looks up a lot builds a ModelIndex.
class Model
{
public:
    QString name;
    QString description;
    QString currency = QStringLiteral("USD");
    QString loadUnit = QStringLiteral("req/s"); // unit of demand and capacity
    double missionTimeHours = 8760.0;

    QList<Component> components;
    QList<Container> containers;
    QList<DependencyLink> dependencies;
    QList<RedundancyGroup> groups;
    QList<FailoverLink> failovers;
    QList<ReplicationLink> replications;
    QList<QuorumGroup> quorums;
    QList<Service> services;
    Layout layout;
    QJsonObject extra; // top-level fields this version does not know

    // Linear; code that looks up a lot builds a ModelIndex (the same answers).
    ElementRef find(const QString &id) const;
    // The elements of one type: how many, and the id of one.
    int countOf(ElementType type) const;
    QString idAt(ElementType type, int index) const { return idOf(ElementRef{type, index}); }
    bool contains(const QString &id) const { return find(id).isValid(); }
    // Display name of an element: its name, or its id when it has none.
    QString displayName(const QString &id) const;
    QString nameOf(const ElementRef &ref) const;
    QString idOf(const ElementRef &ref) const;

    const Component *component(const QString &id) const;
    Component *component(const QString &id);
    const Container *container(const QString &id) const;
    Container *container(const QString &id);
    const RedundancyGroup *group(const QString &id) const;
    RedundancyGroup *group(const QString &id);
    const QuorumGroup *quorum(const QString &id) const;
    const Service *service(const QString &id) const;

    // The container directly holding `id`, or an empty string.
    QString parentOf(const QString &id) const;
    // All containers holding `id`, innermost first.
    QStringList containerChain(const QString &id) const;
    // The same for any lookup of an element's direct container (a model, its
    // index, a document); a malformed model that nests in a cycle ends the chain.
    static QStringList containerChain(const QString &id, const std::function<QString(const QString &)> &parentOf);
    // Every id in the model, in file order.
    QStringList allIds() const;

    bool operator==(const Model &) const = default;
};

} // namespace nf

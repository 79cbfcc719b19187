#pragma once

#include "model.h"

#include <variant>

namespace nf {

// Any one element of a model, as a value. The alternatives are in the order of
// ElementType, so index() is the element's type.
using ElementValue = std::variant<Component, Container, DependencyLink, RedundancyGroup, FailoverLink,
                                  ReplicationLink, QuorumGroup, Service>;

// Reading and writing elements of a Model through ElementValue, so undo commands
// can treat every element type alike.
namespace elements {
ElementType typeOf(const ElementValue &value);
QString idOf(const ElementValue &value);
QString nameOf(const ElementValue &value); // empty for links
void setName(ElementValue &value, const QString &name);

int count(const Model &model, ElementType type);
ElementValue at(const Model &model, ElementRef ref);
void insert(Model &model, const ElementValue &value, int index);
ElementValue take(Model &model, ElementRef ref);
void replace(Model &model, ElementRef ref, const ElementValue &value);

// Whether the element is drawn as a box with a position (components, containers,
// entry points), as a link between two elements, or as a group around members.
bool isNode(ElementType type);
bool isLink(ElementType type);
bool isGroup(ElementType type);

// Ids an element refers to (endpoints, members, children, needs, entry...).
QStringList referencesOf(const ElementValue &value);
// The same element with every reference to `id` dropped (list entries removed,
// single references cleared). Used when `id` is deleted.
ElementValue withoutReference(const ElementValue &value, const QString &id);
// The same element with every id renamed through `map` (ids not in map are kept).
ElementValue withIdsMapped(const ElementValue &value, const QHash<QString, QString> &map);
} // namespace elements

} // namespace nf

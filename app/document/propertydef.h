#pragma once

#include "elementvalue.h"
#include "numberformat.h"

#include <QList>
#include <QPair>
#include <QVariant>

#include <functional>

namespace nf {

// One editable property of an element type: how the inspector shows it and how
// it reads and writes the element. `key` is the field's name in files and in the
// validator's diagnostics ("mtbf_hours"), so refusals can name the field.
struct PropertyDef
{
    enum class Editor {
        Text,         // QString
        LongText,     // QString, several lines
        Number,       // double (optional: QVariant() when empty)
        Integer,      // int
        Percent,      // double fraction shown as a percentage ("99.95 %")
        Duration,     // double in `unit`, shown with a unit chooser
        Bool,         // bool
        Choice,       // QString identifier from `choices`
        Reference,    // QString element id (may be empty when `optional`)
        IdList,       // QStringList of element ids, comma-separated
        NumberList,   // QList<double> as a QVariantList, comma-separated
        Tags,         // QStringList, comma-separated
    };

    QString key;
    QString label;
    QString section;
    Editor editor = Editor::Text;
    QList<QPair<QString, QString>> choices; // identifier, label
    NumberFormat::Time unit = NumberFormat::Time::Hours;  // Duration: the unit the model stores
    QString suffix;                         // Number: shown after the field ("req/s", "USD")
    QList<ElementType> referenceTypes;      // Reference, IdList
    bool optional = false;                  // Number, Percent, Duration, Reference may be empty
    QString toolTip;
    std::function<QVariant(const ElementValue &)> get;
    std::function<void(ElementValue &, const QVariant &)> set;
    std::function<bool(const ElementValue &)> visible; // empty: always
};

} // namespace nf

#include "mefimporter.h"

#include "mefdocument.h"
#include "mefprobabilitymodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <bit>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

using Element = MefDocument::Element;
using Op = MefProbabilityModel::Op;

// Groups with more members would need 2^n CCF events (MGL, alpha- and phi-factor;
// beta-factor has n + 1 at any size).
constexpr int MaxCcfMembers = 12;

enum class Kind { Gate, BasicEvent, HouseEvent, CcfMember };

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Gate: return MefImporter::tr("gate");
    case Kind::BasicEvent: return MefImporter::tr("basic event");
    case Kind::HouseEvent: return MefImporter::tr("house event");
    case Kind::CcfMember: return MefImporter::tr("basic event (CCF group member)");
    }
    return {};
}

// A fault tree, a component, or the root (model-data and top-level groups).
struct Container
{
    QString path; // "" for the root
    int parent = -1;
    bool privateByDefault = false;
};

// A Boolean formula of a gate, compiled from XML.
struct Formula
{
    enum class Op { And, Or, Nand, Nor, Not, Xor, Iff, Imply, AtLeast, Cardinality, Constant, Ref };
    Op op = Op::Constant;
    int k = 0;          // AtLeast: min; Cardinality: min
    int kMax = 0;       // Cardinality: max
    bool value = false; // Constant
    int ref = -1;       // Ref: event definition
    std::vector<int> args;
};

struct EventDef
{
    Kind kind = Kind::Gate;
    QString name;
    QString id;   // public: the name; private: the full path
    QString path; // container path + "." + name (the name at the root)
    int container = 0;
    int doc = 0;
    const Element *element = nullptr;
    QString label;
    int formula = -1;            // gates
    std::vector<int> gateInputs; // gates used by this gate
    bool usedByGate = false;
    int spec = -1;          // basic events: probability model event
    bool houseValue = false;
    int group = -1;         // CCF members
    int memberIndex = -1;
};

struct ParameterDef
{
    QString name;
    QString id;
    QString path;
    int container = 0;
    int doc = 0;
    const Element *element = nullptr;
    int index = -1; // in the probability model
    int owner = -1;
    std::vector<int> uses; // parameters used by the expression
};

struct GroupDef
{
    QString name;
    QString id;
    QString path;
    int container = 0;
    int doc = 0;
    const Element *element = nullptr;
    MefProbabilityModel::CcfModel model = MefProbabilityModel::CcfModel::BetaFactor;
    std::vector<int> members; // event definitions
    int index = -1;           // in the probability model
    // The CCF events: the members each covers (indices into `members`, ascending)
    // and its spec.
    std::vector<std::pair<std::vector<int>, int>> events;
    std::vector<int> structureEvents; // filled when built, parallel to `events`
};

class Importer
{
public:
    explicit Importer(const MefOptions &options)
        : m_options(options)
        , m_model(std::make_shared<MefProbabilityModel>())
    {
        m_containers.push_back({});
    }

    MefImport run(std::vector<MefDocument> documents);

private:
    // --- diagnostics
    Diagnostic diagnostic(int doc, int line, const QString &type, const QString &id, const QString &message) const
    {
        Diagnostic d;
        d.file = m_docs[std::size_t(doc)].file();
        d.line = line;
        d.elementType = type;
        d.elementId = id;
        d.message = message;
        return d;
    }
    void error(int doc, int line, const QString &type, const QString &id, const QString &message)
    {
        m_diagnostics << diagnostic(doc, line, type, id, message);
    }
    void warning(int doc, int line, const QString &type, const QString &id, const QString &message)
    {
        Diagnostic d = diagnostic(doc, line, type, id, message);
        d.severity = Diagnostic::Severity::Warning;
        m_diagnostics << d;
    }
    bool hasError() const { return hasErrors(m_diagnostics); }
    // The one expression a definition holds (labels and attributes aside); null,
    // with the error reported, when there is none or more than one.
    const Element *soleExpression(int doc, const Element &definition, const QString &type, const QString &id,
                                  const QString &what, const QString &noneMessage)
    {
        const Element *expression = nullptr;
        for (const Element &child : definition.children) {
            if (child.name == u"label"_s || child.name == u"attributes"_s)
                continue;
            if (expression) {
                error(doc, child.line, type, id,
                      MefImporter::tr("<%1>: a %2 holds one expression; this is a second one").arg(child.name, what));
                return nullptr;
            }
            expression = &child;
        }
        if (!expression)
            error(doc, definition.line, type, id, noneMessage);
        return expression;
    }
    QString where(int doc, int line) const
    {
        return m_docs[std::size_t(doc)].file() + u':' + QString::number(line);
    }

    // --- pass 1: definitions and names
    void registerDocument(int doc);
    void registerContent(int doc, const Element &e, int container, bool modelData);
    bool refuseUnsupported(int doc, const Element &e, const QString &type, const QString &id);
    int addContainer(int doc, const Element &e, int parent, const QString &what);
    bool readName(int doc, const Element &e, const QString &type, QString &name);
    bool readRole(int doc, const Element &e, const QString &type, const QString &name, int container, bool &isPrivate);
    void addEvent(EventDef def, bool isPrivate);
    void addParameter(ParameterDef def, bool isPrivate);
    void addGroup(int doc, const Element &e, int container);

    // --- pass 2: formulas, expressions, references
    void compileGate(int def);
    void compileBasicEvent(int def);
    void compileHouseEvent(int def);
    void compileParameter(int def);
    void compileGroup(int group);
    bool compileGroupFactors(const GroupDef &g, MefProbabilityModel::CcfGroup &group);
    int compileGroupDistribution(const GroupDef &g, int owner, bool &ok);
    void addGroupEvents(GroupDef &g, const MefProbabilityModel::CcfGroup &group);
    int compileFormula(const Element &e, int def);
    int compileExpression(const Element &e, int doc, int container, int owner, const QString &ownerType,
                          const QString &ownerId, std::vector<int> *uses);
    int resolveEvent(const QString &ref, int container, bool (*accept)(Kind), int *wrongKind) const;
    int resolveParameter(const QString &ref, int container) const;
    template<typename Accept>
    int resolve(const QHash<QString, int> &byPath, const QHash<QString, int> &byName, const QString &ref,
                int container, Accept accept) const;

    // --- checks and build
    void orderParameters();
    void checkQualitative();
    void checkGateCycles();
    int chooseTop();
    void build(int top, MefImport &result);

    MefOptions m_options;
    std::vector<MefDocument> m_docs;
    std::shared_ptr<MefProbabilityModel> m_model;
    QList<Diagnostic> m_diagnostics;

    std::vector<Container> m_containers;
    QHash<QString, int> m_containerByPath;
    std::vector<EventDef> m_events;
    std::vector<int> m_withoutProbability; // basic events defined without an expression
    bool m_withProbability = false;        // a basic event has an expression
    bool m_qualitative = false;            // none has: cut sets and structure importance only
    QHash<QString, int> m_eventByPath;
    QHash<QString, int> m_eventByName; // public events
    std::vector<ParameterDef> m_parameters;
    QHash<QString, int> m_parameterByPath;
    QHash<QString, int> m_parameterByName;
    std::vector<GroupDef> m_groups;
    QHash<QString, int> m_groupByPath;
    QHash<QString, int> m_groupByName;
    std::vector<Formula> m_formulas;
};

// ---------------------------------------------------------------------------
// Pass 1

int Importer::addContainer(int doc, const Element &e, int parent, const QString &what)
{
    QString name;
    if (!readName(doc, e, what, name))
        return -1;
    bool isPrivate = false;
    if (!readRole(doc, e, what, name, parent, isPrivate))
        return -1;
    Container c;
    c.parent = parent;
    c.path = m_containers[std::size_t(parent)].path.isEmpty() ? name : m_containers[std::size_t(parent)].path + u'.' + name;
    c.privateByDefault = isPrivate;
    if (m_containerByPath.contains(c.path)) {
        error(doc, e.line, what, name, MefImporter::tr("<%1>: defined twice (the same path is already used)").arg(e.name));
        return -1;
    }
    m_containers.push_back(c);
    const int index = int(m_containers.size() - 1);
    m_containerByPath.insert(c.path, index);
    return index;
}

bool Importer::readName(int doc, const Element &e, const QString &type, QString &name)
{
    name = e.attribute(u"name"_s).trimmed();
    if (name.isEmpty()) {
        error(doc, e.line, type, {}, MefImporter::tr("<%1>: the name attribute is missing or empty").arg(e.name));
        return false;
    }
    if (name.contains(u'.')) {
        error(doc, e.line, type, name,
              MefImporter::tr("<%1>: a name must not contain '.', which separates the parts of a component path").arg(e.name));
        return false;
    }
    return true;
}

bool Importer::readRole(int doc, const Element &e, const QString &type, const QString &name, int container,
                        bool &isPrivate)
{
    isPrivate = m_containers[std::size_t(container)].privateByDefault;
    if (!e.hasAttribute(u"role"_s))
        return true;
    const QString role = e.attribute(u"role"_s);
    if (role == u"private"_s)
        isPrivate = true;
    else if (role == u"public"_s)
        isPrivate = false;
    else {
        error(doc, e.line, type, name, MefImporter::tr("<%1>: role must be \"public\" or \"private\", not \"%2\"").arg(e.name, role));
        return false;
    }
    return true;
}

// Elements of the MEF that Ninefold does not import, with the reason given to the user.
bool Importer::refuseUnsupported(int doc, const Element &e, const QString &type, const QString &id)
{
    static const QHash<QString, const char *> reasons = {
        {u"define-event-tree"_s, QT_TRANSLATE_NOOP("MefImporter", "event trees are not supported (fault trees only)")},
        {u"define-initiating-event"_s, QT_TRANSLATE_NOOP("MefImporter", "initiating events belong to event trees, which are not supported")},
        {u"define-sequence"_s, QT_TRANSLATE_NOOP("MefImporter", "sequences belong to event trees, which are not supported")},
        {u"define-functional-event"_s, QT_TRANSLATE_NOOP("MefImporter", "functional events belong to event trees, which are not supported")},
        {u"define-branch"_s, QT_TRANSLATE_NOOP("MefImporter", "branches belong to event trees, which are not supported")},
        {u"define-rule"_s, QT_TRANSLATE_NOOP("MefImporter", "rules belong to event trees, which are not supported")},
        {u"define-consequence"_s, QT_TRANSLATE_NOOP("MefImporter", "consequences belong to event trees, which are not supported")},
        {u"define-consequence-group"_s, QT_TRANSLATE_NOOP("MefImporter", "consequence groups belong to event trees, which are not supported")},
        {u"define-alignment"_s, QT_TRANSLATE_NOOP("MefImporter", "alignments and phases are not supported")},
        {u"define-phase"_s, QT_TRANSLATE_NOOP("MefImporter", "alignments and phases are not supported")},
        {u"define-substitution"_s, QT_TRANSLATE_NOOP("MefImporter", "substitutions (delete terms, recovery rules, exchange events) are not supported")},
        {u"define-extern-library"_s, QT_TRANSLATE_NOOP("MefImporter", "external libraries are not supported")},
        {u"define-extern-function"_s, QT_TRANSLATE_NOOP("MefImporter", "external functions are not supported")},
        {u"extern-function"_s, QT_TRANSLATE_NOOP("MefImporter", "external functions are not supported")},
        {u"include"_s, QT_TRANSLATE_NOOP("MefImporter", "an <include> belongs directly in <opsa-mef>")},
        {u"ite"_s, QT_TRANSLATE_NOOP("MefImporter", "conditional expressions are not supported")},
        {u"switch"_s, QT_TRANSLATE_NOOP("MefImporter", "conditional expressions are not supported")},
        {u"test-initiating-event"_s, QT_TRANSLATE_NOOP("MefImporter", "event-tree tests are not supported")},
        {u"test-functional-event"_s, QT_TRANSLATE_NOOP("MefImporter", "event-tree tests are not supported")},
    };
    const auto it = reasons.find(e.name);
    if (it == reasons.end())
        return false;
    error(doc, e.line, type, id, u"<%1>: "_s.arg(e.name) + QCoreApplication::translate("MefImporter", it.value()));
    return true;
}

void Importer::registerDocument(int doc)
{
    const Element &root = m_docs[std::size_t(doc)].root();
    if (root.name != u"opsa-mef"_s) {
        error(doc, root.line, {}, {},
              MefImporter::tr("<%1>: not an Open-PSA MEF file (the root element must be <opsa-mef>)").arg(root.name));
        return;
    }
    for (const Element &e : root.children) {
        if (e.name == u"define-fault-tree"_s) {
            const int c = addContainer(doc, e, 0, MefImporter::tr("fault tree"));
            if (c >= 0)
                registerContent(doc, e, c, false);
        } else if (e.name == u"model-data"_s) {
            registerContent(doc, e, 0, true);
        } else if (e.name == u"define-CCF-group"_s) {
            addGroup(doc, e, 0);
        } else if (e.name == u"label"_s || e.name == u"attributes"_s || e.name == u"include"_s) {
            // descriptive only; includes are read before (followIncludes)
        } else if (!refuseUnsupported(doc, e, {}, e.attribute(u"name"_s))) {
            error(doc, e.line, {}, {}, MefImporter::tr("<%1>: unknown element in <opsa-mef>").arg(e.name));
        }
    }
}

void Importer::registerContent(int doc, const Element &parent, int container, bool modelData)
{
    for (const Element &e : parent.children) {
        const QString &n = e.name;
        if (n == u"label"_s || n == u"attributes"_s)
            continue;
        Kind kind;
        if (n == u"define-gate"_s && !modelData)
            kind = Kind::Gate;
        else if (n == u"define-basic-event"_s)
            kind = Kind::BasicEvent;
        else if (n == u"define-house-event"_s)
            kind = Kind::HouseEvent;
        else if (n == u"define-parameter"_s) {
            ParameterDef p;
            if (!readName(doc, e, MefImporter::tr("parameter"), p.name))
                continue;
            bool isPrivate = false;
            if (!readRole(doc, e, MefImporter::tr("parameter"), p.name, container, isPrivate))
                continue;
            p.container = container;
            p.doc = doc;
            p.element = &e;
            addParameter(std::move(p), isPrivate);
            continue;
        } else if (n == u"define-CCF-group"_s && !modelData) {
            addGroup(doc, e, container);
            continue;
        } else if (n == u"define-component"_s && !modelData) {
            const int c = addContainer(doc, e, container, MefImporter::tr("component"));
            if (c >= 0)
                registerContent(doc, e, c, false);
            continue;
        } else {
            if (refuseUnsupported(doc, e, {}, e.attribute(u"name"_s)))
                continue;
            if (modelData && (n == u"define-gate"_s || n == u"define-CCF-group"_s || n == u"define-component"_s))
                error(doc, e.line, {}, e.attribute(u"name"_s),
                      MefImporter::tr("<%1>: not allowed in <model-data>; put it in a <define-fault-tree>").arg(n));
            else
                error(doc, e.line, {}, {}, MefImporter::tr("<%1>: unknown element in <%2>").arg(n, parent.name));
            continue;
        }
        EventDef def;
        def.kind = kind;
        if (!readName(doc, e, kindName(kind), def.name))
            continue;
        bool isPrivate = false;
        if (!readRole(doc, e, kindName(kind), def.name, container, isPrivate))
            continue;
        def.container = container;
        def.doc = doc;
        def.element = &e;
        for (const Element &child : e.children)
            if (child.name == u"label"_s)
                def.label = child.text.simplified();
        addEvent(std::move(def), isPrivate);
    }
}

void Importer::addEvent(EventDef def, bool isPrivate)
{
    const QString &base = m_containers[std::size_t(def.container)].path;
    def.path = base.isEmpty() ? def.name : base + u'.' + def.name;
    def.id = isPrivate ? def.path : def.name;
    const QString type = kindName(def.kind);
    auto redefinition = [&](int other) {
        const EventDef &o = m_events[std::size_t(other)];
        error(def.doc, def.element->line, type, def.id,
              MefImporter::tr("<%1>: '%2' is already defined as a %3 at %4")
                  .arg(def.element->name, def.name, kindName(o.kind), where(o.doc, o.element->line)));
    };
    if (const auto it = m_eventByPath.constFind(def.path); it != m_eventByPath.constEnd())
        return redefinition(it.value());
    if (!isPrivate)
        if (const auto it = m_eventByName.constFind(def.name); it != m_eventByName.constEnd())
            return redefinition(it.value());
    m_events.push_back(std::move(def));
    const int index = int(m_events.size() - 1);
    m_eventByPath.insert(m_events.back().path, index);
    if (!isPrivate)
        m_eventByName.insert(m_events.back().name, index);
}

void Importer::addParameter(ParameterDef def, bool isPrivate)
{
    const QString &base = m_containers[std::size_t(def.container)].path;
    def.path = base.isEmpty() ? def.name : base + u'.' + def.name;
    def.id = isPrivate ? def.path : def.name;
    int other = m_parameterByPath.value(def.path, -1);
    if (other < 0 && !isPrivate)
        other = m_parameterByName.value(def.name, -1);
    if (other >= 0) {
        const ParameterDef &o = m_parameters[std::size_t(other)];
        error(def.doc, def.element->line, MefImporter::tr("parameter"), def.id,
              MefImporter::tr("<define-parameter>: '%1' is already defined at %2").arg(def.name, where(o.doc, o.element->line)));
        return;
    }
    m_parameters.push_back(std::move(def));
    const int index = int(m_parameters.size() - 1);
    m_parameterByPath.insert(m_parameters.back().path, index);
    if (!isPrivate)
        m_parameterByName.insert(m_parameters.back().name, index);
}

void Importer::addGroup(int doc, const Element &e, int container)
{
    const QString type = MefImporter::tr("CCF group");
    GroupDef g;
    if (!readName(doc, e, type, g.name))
        return;
    bool isPrivate = false;
    if (!readRole(doc, e, type, g.name, container, isPrivate))
        return;
    const QString &base = m_containers[std::size_t(container)].path;
    g.path = base.isEmpty() ? g.name : base + u'.' + g.name;
    g.id = isPrivate ? g.path : g.name;
    g.container = container;
    g.doc = doc;
    g.element = &e;
    int other = m_groupByPath.value(g.path, -1);
    if (other < 0 && !isPrivate)
        other = m_groupByName.value(g.name, -1);
    if (other >= 0) {
        const GroupDef &o = m_groups[std::size_t(other)];
        error(doc, e.line, type, g.id,
              MefImporter::tr("<define-CCF-group>: '%1' is already defined at %2").arg(g.name, where(o.doc, o.element->line)));
        return;
    }
    // The members are basic events that the group defines.
    const Element *members = nullptr;
    for (const Element &child : e.children) {
        if (child.name != u"members"_s)
            continue;
        if (members) {
            error(doc, child.line, type, g.id, MefImporter::tr("<members>: given twice"));
            return;
        }
        members = &child;
    }
    if (!members) {
        error(doc, e.line, type, g.id, MefImporter::tr("<define-CCF-group>: <members> is missing"));
        return;
    }
    const int groupIndex = int(m_groups.size());
    for (const Element &m : members->children) {
        if (m.name != u"basic-event"_s) {
            error(doc, m.line, type, g.id, MefImporter::tr("<%1>: a member must be a <basic-event>").arg(m.name));
            continue;
        }
        EventDef def;
        def.kind = Kind::CcfMember;
        if (!readName(doc, m, MefImporter::tr("basic event (CCF group member)"), def.name))
            continue;
        def.container = container;
        def.doc = doc;
        def.element = &m;
        def.group = groupIndex;
        def.memberIndex = int(g.members.size());
        const std::size_t before = m_events.size();
        addEvent(std::move(def), isPrivate);
        if (m_events.size() > before)
            g.members.push_back(int(m_events.size() - 1));
    }
    m_groups.push_back(std::move(g));
    m_groupByPath.insert(m_groups.back().path, groupIndex);
    if (!isPrivate)
        m_groupByName.insert(m_groups.back().name, groupIndex);
}

// ---------------------------------------------------------------------------
// Name resolution: innermost container first, then public names, then a full path.

template<typename Accept>
int Importer::resolve(const QHash<QString, int> &byPath, const QHash<QString, int> &byName, const QString &ref,
                      int container, Accept accept) const
{
    for (int c = container; c > 0; c = m_containers[std::size_t(c)].parent) {
        const auto it = byPath.constFind(m_containers[std::size_t(c)].path + u'.' + ref);
        if (it != byPath.constEnd() && accept(it.value()))
            return it.value();
    }
    if (!ref.contains(u'.')) {
        const auto it = byName.constFind(ref);
        if (it != byName.constEnd() && accept(it.value()))
            return it.value();
    }
    const auto it = byPath.constFind(ref);
    if (it != byPath.constEnd() && accept(it.value()))
        return it.value();
    return -1;
}

int Importer::resolveEvent(const QString &ref, int container, bool (*accept)(Kind), int *wrongKind) const
{
    const int found = resolve(m_eventByPath, m_eventByName, ref, container,
                              [&](int i) { return accept(m_events[std::size_t(i)].kind); });
    if (found < 0 && wrongKind)
        *wrongKind = resolve(m_eventByPath, m_eventByName, ref, container, [](int) { return true; });
    return found;
}

int Importer::resolveParameter(const QString &ref, int container) const
{
    return resolve(m_parameterByPath, m_parameterByName, ref, container, [](int) { return true; });
}

// ---------------------------------------------------------------------------
// Pass 2

int Importer::compileFormula(const Element &e, int defIndex)
{
    const EventDef &def = m_events[std::size_t(defIndex)];
    const int doc = def.doc;
    const QString type = MefImporter::tr("gate");
    const QString id = def.id;
    Formula f;
    const QString &n = e.name;
    auto argCount = [&](int min, int max) {
        const int count = int(e.children.size());
        if (count < min || (max >= 0 && count > max)) {
            if (min == max)
                error(doc, e.line, type, id, MefImporter::tr("<%1>: takes exactly %2 argument(s), found %3").arg(n).arg(min).arg(count));
            else
                error(doc, e.line, type, id, MefImporter::tr("<%1>: takes at least %2 argument(s), found %3").arg(n).arg(min).arg(count));
            return false;
        }
        return true;
    };
    auto intAttribute = [&](const QString &key, int &out) {
        bool ok = false;
        out = e.attribute(key).trimmed().toInt(&ok);
        if (!ok)
            error(doc, e.line, type, id, MefImporter::tr("<%1>: the %2 attribute must be an integer, found \"%3\"").arg(n, key, e.attribute(key)));
        return ok;
    };
    bool ok = true;
    if (n == u"and"_s) { f.op = Formula::Op::And; ok = argCount(1, -1); }
    else if (n == u"or"_s) { f.op = Formula::Op::Or; ok = argCount(1, -1); }
    else if (n == u"nand"_s) { f.op = Formula::Op::Nand; ok = argCount(1, -1); }
    else if (n == u"nor"_s) { f.op = Formula::Op::Nor; ok = argCount(1, -1); }
    else if (n == u"not"_s) { f.op = Formula::Op::Not; ok = argCount(1, 1); }
    else if (n == u"xor"_s) { f.op = Formula::Op::Xor; ok = argCount(2, 2); }
    else if (n == u"iff"_s) { f.op = Formula::Op::Iff; ok = argCount(2, 2); }
    else if (n == u"imply"_s) { f.op = Formula::Op::Imply; ok = argCount(2, 2); }
    else if (n == u"atleast"_s) {
        f.op = Formula::Op::AtLeast;
        ok = argCount(1, -1) && intAttribute(u"min"_s, f.k);
        if (ok && (f.k < 1 || f.k > int(e.children.size()))) {
            error(doc, e.line, type, id,
                  MefImporter::tr("<atleast>: min=\"%1\" must be between 1 and the number of arguments (%2)").arg(f.k).arg(e.children.size()));
            ok = false;
        }
    } else if (n == u"cardinality"_s) {
        f.op = Formula::Op::Cardinality;
        ok = argCount(1, -1) && intAttribute(u"min"_s, f.k) && intAttribute(u"max"_s, f.kMax);
        if (ok && !(f.k >= 0 && f.k <= f.kMax && f.kMax <= int(e.children.size()))) {
            error(doc, e.line, type, id,
                  MefImporter::tr("<cardinality>: needs 0 <= min <= max <= number of arguments (%1), found min=%2 max=%3")
                      .arg(e.children.size()).arg(f.k).arg(f.kMax));
            ok = false;
        }
    } else if (n == u"constant"_s) {
        f.op = Formula::Op::Constant;
        const QString v = e.attribute(u"value"_s);
        if (v == u"true"_s)
            f.value = true;
        else if (v != u"false"_s) {
            error(doc, e.line, type, id, MefImporter::tr("<constant>: value must be \"true\" or \"false\", not \"%1\"").arg(v));
            return -1;
        }
    } else if (n == u"event"_s || n == u"gate"_s || n == u"basic-event"_s || n == u"house-event"_s) {
        f.op = Formula::Op::Ref;
        const QString ref = e.attribute(u"name"_s).trimmed();
        if (ref.isEmpty()) {
            error(doc, e.line, type, id, MefImporter::tr("<%1>: the name attribute is missing or empty").arg(n));
            return -1;
        }
        bool (*accept)(Kind) = [](Kind) { return true; };
        QString wanted = MefImporter::tr("event");
        if (n == u"gate"_s) {
            accept = [](Kind k) { return k == Kind::Gate; };
            wanted = MefImporter::tr("gate");
        } else if (n == u"basic-event"_s) {
            accept = [](Kind k) { return k == Kind::BasicEvent || k == Kind::CcfMember; };
            wanted = MefImporter::tr("basic event");
        } else if (n == u"house-event"_s) {
            accept = [](Kind k) { return k == Kind::HouseEvent; };
            wanted = MefImporter::tr("house event");
        }
        int wrong = -1;
        f.ref = resolveEvent(ref, def.container, accept, &wrong);
        if (f.ref < 0) {
            if (wrong >= 0) {
                const EventDef &w = m_events[std::size_t(wrong)];
                error(doc, e.line, type, id,
                      MefImporter::tr("<%1 name=\"%2\">: '%2' is a %3 (defined at %4), not a %5")
                          .arg(n, ref, kindName(w.kind), where(w.doc, w.element->line), wanted));
            } else {
                error(doc, e.line, type, id, MefImporter::tr("<%1 name=\"%2\">: no %3 of that name is defined").arg(n, ref, wanted));
            }
            return -1;
        }
        if (m_events[std::size_t(f.ref)].kind == Kind::Gate) {
            m_events[std::size_t(f.ref)].usedByGate = true;
            m_events[std::size_t(defIndex)].gateInputs.push_back(f.ref);
        }
        m_formulas.push_back(f);
        return int(m_formulas.size() - 1);
    } else {
        if (!refuseUnsupported(doc, e, type, id))
            error(doc, e.line, type, id, MefImporter::tr("<%1>: not a Boolean formula (expected and, or, atleast, not, xor, nand, nor, "
                                            "iff, imply, cardinality, constant, or an event reference)").arg(n));
        return -1;
    }
    if (!ok)
        return -1;
    if (f.op != Formula::Op::Constant) {
        for (const Element &child : e.children) {
            const int a = compileFormula(child, defIndex);
            if (a < 0)
                ok = false;
            f.args.push_back(a);
        }
    }
    if (!ok)
        return -1;
    m_formulas.push_back(std::move(f));
    return int(m_formulas.size() - 1);
}

void Importer::compileGate(int defIndex)
{
    const EventDef &def = m_events[std::size_t(defIndex)];
    const Element *formula = nullptr;
    for (const Element &child : def.element->children) {
        if (child.name == u"label"_s || child.name == u"attributes"_s)
            continue;
        if (formula) {
            error(def.doc, child.line, MefImporter::tr("gate"), def.id,
                  MefImporter::tr("<%1>: a gate holds one formula; this is a second one (wrap them in <and> or <or>)").arg(child.name));
            return;
        }
        formula = &child;
    }
    if (!formula) {
        error(def.doc, def.element->line, MefImporter::tr("gate"), def.id, MefImporter::tr("<define-gate>: the gate has no formula"));
        return;
    }
    const int f = compileFormula(*formula, defIndex);
    m_events[std::size_t(defIndex)].formula = f;
}

int Importer::compileExpression(const Element &e, int doc, int container, int owner, const QString &ownerType,
                                const QString &ownerId, std::vector<int> *uses)
{
    const QString &n = e.name;
    MefProbabilityModel::Node node;
    node.owner = owner;
    node.file = m_model->addFile(m_docs[std::size_t(doc)].file());
    node.line = e.line;
    auto fail = [&](const QString &message) {
        error(doc, e.line, ownerType, ownerId, message);
        return -1;
    };
    auto number = [&](double &out) {
        const QString text = e.attribute(u"value"_s).trimmed();
        bool ok = false;
        out = text.toDouble(&ok);
        if (!ok || !std::isfinite(out))
            fail(MefImporter::tr("<%1>: the value \"%2\" is not a number").arg(n, e.attribute(u"value"_s)));
        return ok && std::isfinite(out);
    };

    struct Arity { Op op; int min; int max; };
    static const QHash<QString, Arity> operators = {
        {u"neg"_s, {Op::Neg, 1, 1}}, {u"add"_s, {Op::Add, 1, -1}}, {u"sub"_s, {Op::Sub, 2, -1}},
        {u"mul"_s, {Op::Mul, 1, -1}}, {u"div"_s, {Op::Div, 2, -1}}, {u"abs"_s, {Op::Abs, 1, 1}},
        {u"exp"_s, {Op::Exp, 1, 1}}, {u"log"_s, {Op::Log, 1, 1}}, {u"log10"_s, {Op::Log10, 1, 1}},
        {u"sqrt"_s, {Op::Sqrt, 1, 1}}, {u"pow"_s, {Op::Pow, 2, 2}}, {u"min"_s, {Op::Min, 1, -1}},
        {u"max"_s, {Op::Max, 1, -1}}, {u"mean"_s, {Op::Mean, 1, -1}},
        {u"acos"_s, {Op::Acos, 1, 1}}, {u"asin"_s, {Op::Asin, 1, 1}}, {u"atan"_s, {Op::Atan, 1, 1}},
        {u"cos"_s, {Op::Cos, 1, 1}}, {u"cosh"_s, {Op::Cosh, 1, 1}}, {u"sin"_s, {Op::Sin, 1, 1}},
        {u"sinh"_s, {Op::Sinh, 1, 1}}, {u"tan"_s, {Op::Tan, 1, 1}}, {u"tanh"_s, {Op::Tanh, 1, 1}},
        {u"mod"_s, {Op::Mod, 2, 2}}, {u"ceil"_s, {Op::Ceil, 1, 1}}, {u"floor"_s, {Op::Floor, 1, 1}},
        {u"periodic-test"_s, {Op::PeriodicTest, 4, 11}},
        {u"exponential"_s, {Op::Exponential, 2, 2}}, {u"GLM"_s, {Op::Glm, 4, 4}},
        {u"Weibull"_s, {Op::Weibull, 4, 4}}, {u"uniform-deviate"_s, {Op::UniformDeviate, 2, 2}},
        {u"normal-deviate"_s, {Op::NormalDeviate, 2, 2}}, {u"lognormal-deviate"_s, {Op::LognormalDeviate, 2, 3}},
        {u"gamma-deviate"_s, {Op::GammaDeviate, 2, 2}}, {u"beta-deviate"_s, {Op::BetaDeviate, 2, 2}},
    };

    if (n == u"float"_s) {
        if (!number(node.value))
            return -1;
    } else if (n == u"int"_s) {
        bool ok = false;
        node.value = double(e.attribute(u"value"_s).trimmed().toLongLong(&ok));
        if (!ok)
            return fail(MefImporter::tr("<int>: the value \"%1\" is not an integer").arg(e.attribute(u"value"_s)));
    } else if (n == u"bool"_s) {
        const QString v = e.attribute(u"value"_s).trimmed();
        if (v == u"true"_s || v == u"1"_s)
            node.value = 1.0;
        else if (v == u"false"_s || v == u"0"_s)
            node.value = 0.0;
        else
            return fail(MefImporter::tr("<bool>: the value \"%1\" is not true or false").arg(e.attribute(u"value"_s)));
    } else if (n == u"pi"_s) {
        node.value = std::numbers::pi;
    } else if (n == u"system-mission-time"_s) {
        node.op = Op::MissionTime;
    } else if (n == u"parameter"_s) {
        const QString ref = e.attribute(u"name"_s).trimmed();
        const int p = resolveParameter(ref, container);
        if (p < 0)
            return fail(MefImporter::tr("<parameter name=\"%1\">: no parameter of that name is defined").arg(ref));
        node.op = Op::Parameter;
        node.parameter = m_parameters[std::size_t(p)].index;
        if (uses)
            uses->push_back(p);
    } else if (n == u"histogram"_s) {
        // <histogram> lower-bound, then <bin> upper-bound weight </bin>...
        node.op = Op::Histogram;
        if (e.children.size() < 2 || e.children.front().name == u"bin"_s)
            return fail(MefImporter::tr("<histogram>: needs a lower bound followed by at least one <bin>"));
        bool ok = true;
        for (std::size_t i = 0; i < e.children.size(); ++i) {
            const Element &child = e.children[i];
            if (i == 0) {
                const int a = compileExpression(child, doc, container, owner, ownerType, ownerId, uses);
                ok = ok && a >= 0;
                node.args.push_back(a);
                continue;
            }
            if (child.name != u"bin"_s || child.children.size() != 2) {
                error(doc, child.line, ownerType, ownerId, MefImporter::tr("<%1>: expected a <bin> with an upper bound and a weight").arg(child.name));
                ok = false;
                continue;
            }
            for (const Element &x : child.children) {
                const int a = compileExpression(x, doc, container, owner, ownerType, ownerId, uses);
                ok = ok && a >= 0;
                node.args.push_back(a);
            }
        }
        if (!ok)
            return -1;
    } else if (const auto it = operators.constFind(n); it != operators.constEnd()) {
        const Arity arity = it.value();
        const int count = int(e.children.size());
        if (count < arity.min || (arity.max >= 0 && count > arity.max)) {
            if (arity.min == arity.max)
                return fail(MefImporter::tr("<%1>: takes exactly %2 argument(s), found %3").arg(n).arg(arity.min).arg(count));
            if (arity.max < 0)
                return fail(MefImporter::tr("<%1>: takes at least %2 argument(s), found %3").arg(n).arg(arity.min).arg(count));
            return fail(MefImporter::tr("<%1>: takes %2 to %3 arguments, found %4").arg(n).arg(arity.min).arg(arity.max).arg(count));
        }
        node.op = arity.op;
        if (node.op == Op::LognormalDeviate && count == 2)
            node.op = Op::LognormalMuSigma;
        bool ok = true;
        for (const Element &child : e.children) {
            const int a = compileExpression(child, doc, container, owner, ownerType, ownerId, uses);
            ok = ok && a >= 0;
            node.args.push_back(a);
        }
        if (!ok)
            return -1;
    } else {
        if (refuseUnsupported(doc, e, ownerType, ownerId))
            return -1;
        static const QStringList otherExpressions = {
            u"not"_s, u"and"_s, u"or"_s, u"eq"_s, u"df"_s, u"lt"_s, u"gt"_s, u"leq"_s, u"geq"_s, u"mod"_s,
            u"cos"_s, u"sin"_s, u"tan"_s, u"acos"_s, u"asin"_s, u"atan"_s, u"cosh"_s, u"sinh"_s, u"tanh"_s,
            u"ceil"_s, u"floor"_s};
        if (otherExpressions.contains(n))
            return fail(MefImporter::tr("<%1>: this MEF expression is not supported by Ninefold's importer").arg(n));
        return fail(MefImporter::tr("<%1>: not an expression").arg(n));
    }
    return m_model->addNode(std::move(node));
}

void Importer::compileBasicEvent(int defIndex)
{
    EventDef &def = m_events[std::size_t(defIndex)];
    const QString type = MefImporter::tr("basic event");
    // No expression at all: a qualitative model, if no basic event has one
    // (checkQualitative); two expressions are an error at once.
    bool hasExpression = false;
    for (const Element &child : def.element->children)
        hasExpression = hasExpression || (child.name != u"label"_s && child.name != u"attributes"_s);
    if (!hasExpression) {
        m_withoutProbability.push_back(defIndex);
        return;
    }
    m_withProbability = true;
    const Element *expression = soleExpression(def.doc, *def.element, type, def.id, type,
                                               MefImporter::tr("<define-basic-event>: no probability is given"));
    if (!expression)
        return;
    const int owner = m_model->addOwner(type, def.id);
    const int root = compileExpression(*expression, def.doc, def.container, owner, type, def.id, nullptr);
    if (root < 0)
        return;
    MefProbabilityModel::EventSpec spec;
    spec.expression = root;
    spec.owner = owner;
    spec.file = m_model->addFile(m_docs[std::size_t(def.doc)].file());
    spec.line = def.element->line;
    def.spec = m_model->addEvent(spec);
}

void Importer::compileHouseEvent(int defIndex)
{
    EventDef &def = m_events[std::size_t(defIndex)];
    const QString type = MefImporter::tr("house event");
    bool seen = false;
    for (const Element &child : def.element->children) {
        if (child.name == u"label"_s || child.name == u"attributes"_s)
            continue;
        if (child.name != u"constant"_s || seen) {
            error(def.doc, child.line, type, def.id,
                  seen ? MefImporter::tr("<%1>: a house event holds one <constant>").arg(child.name)
                       : MefImporter::tr("<%1>: a house event's state is a <constant value=\"true|false\"/>").arg(child.name));
            return;
        }
        seen = true;
        const QString v = child.attribute(u"value"_s);
        if (v == u"true"_s)
            def.houseValue = true;
        else if (v == u"false"_s)
            def.houseValue = false;
        else
            error(def.doc, child.line, type, def.id, MefImporter::tr("<constant>: value must be \"true\" or \"false\", not \"%1\"").arg(v));
    }
    // Without a <constant>, a house event is false (MEF default).
}

void Importer::compileParameter(int index)
{
    ParameterDef &def = m_parameters[std::size_t(index)];
    const QString type = MefImporter::tr("parameter");
    const Element *expression = soleExpression(def.doc, *def.element, type, def.id, type,
                                               MefImporter::tr("<define-parameter>: no value is given"));
    if (!expression)
        return;
    std::vector<int> uses;
    const int root = compileExpression(*expression, def.doc, def.container, def.owner, type, def.id, &uses);
    m_parameters[std::size_t(index)].uses = std::move(uses);
    if (root >= 0)
        m_model->setParameterExpression(m_parameters[std::size_t(index)].index, root);
}

void Importer::compileGroup(int index)
{
    GroupDef &g = m_groups[std::size_t(index)];
    const QString type = MefImporter::tr("CCF group");
    const int doc = g.doc;
    const Element &e = *g.element;
    const QString model = e.attribute(u"model"_s);
    using M = MefProbabilityModel::CcfModel;
    if (model == u"beta-factor"_s)
        g.model = M::BetaFactor;
    else if (model == u"MGL"_s)
        g.model = M::Mgl;
    else if (model == u"alpha-factor"_s)
        g.model = M::AlphaFactor;
    else if (model == u"phi-factor"_s)
        g.model = M::PhiFactor;
    else {
        error(doc, e.line, type, g.id,
              MefImporter::tr("<define-CCF-group>: model=\"%1\" is not a CCF model (beta-factor, MGL, alpha-factor, phi-factor)")
                  .arg(model));
        return;
    }
    const int n = int(g.members.size());
    if (n < 2) {
        error(doc, e.line, type, g.id, MefImporter::tr("<define-CCF-group>: a group needs at least 2 members, found %1").arg(n));
        return;
    }
    // Beta-factor has n + 1 events whatever n; the others one per subset of members.
    if (g.model != M::BetaFactor && n > MaxCcfMembers) {
        error(doc, e.line, type, g.id,
              MefImporter::tr("<define-CCF-group>: %1 members; the %2 model needs one event per subset of members, so at most %3 are supported")
                  .arg(n).arg(model).arg(MaxCcfMembers));
        return;
    }
    MefProbabilityModel::CcfGroup group;
    group.id = g.id;
    group.model = g.model;
    group.memberCount = n;
    group.owner = m_model->addOwner(type, g.id);
    group.file = m_model->addFile(m_docs[std::size_t(doc)].file());
    group.line = e.line;
    group.factors.assign(std::size_t(n), -1);
    bool ok = compileGroupFactors(g, group);
    group.distribution = compileGroupDistribution(g, group.owner, ok);
    if (!ok || group.distribution < 0)
        return;
    g.index = m_model->addCcfGroup(group);
    addGroupEvents(g, group);
}

bool Importer::compileGroupFactors(const GroupDef &g, MefProbabilityModel::CcfGroup &group)
{
    using M = MefProbabilityModel::CcfModel;
    const QString type = MefImporter::tr("CCF group");
    const int doc = g.doc;
    const Element &e = *g.element;
    const QString model = e.attribute(u"model"_s);
    const int n = group.memberCount;
    bool ok = true;
    // Factors: <factor level="k"> or <factors> holding several, in any order of
    // levels. Without levels they are numbered from the model's first level (beta:
    // n, MGL: 2, alpha and phi: 1), or from the level after the one before.
    std::vector<const Element *> factors;
    for (const Element &child : e.children) {
        if (child.name == u"factor"_s)
            factors.push_back(&child);
        else if (child.name == u"factors"_s) {
            for (const Element &f : child.children) {
                if (f.name == u"factor"_s)
                    factors.push_back(&f);
                else {
                    error(doc, f.line, type, g.id, MefImporter::tr("<%1>: expected <factor> inside <factors>").arg(f.name));
                    ok = false;
                }
            }
        }
    }
    const int firstLevel = g.model == M::BetaFactor ? n : (g.model == M::Mgl ? 2 : 1);
    int nextLevel = firstLevel;
    for (const Element *f : factors) {
        int level = nextLevel;
        if (f->hasAttribute(u"level"_s)) {
            bool isInt = false;
            level = f->attribute(u"level"_s).trimmed().toInt(&isInt);
            if (!isInt) {
                error(doc, f->line, type, g.id, MefImporter::tr("<factor>: level=\"%1\" is not an integer").arg(f->attribute(u"level"_s)));
                ok = false;
                continue;
            }
        }
        nextLevel = level + 1;
        if (level < firstLevel || level > n) {
            error(doc, f->line, type, g.id,
                  MefImporter::tr("<factor level=\"%1\">: the %2 model of a group of %3 takes factors for levels %4 to %3")
                      .arg(level).arg(model).arg(n).arg(firstLevel));
            ok = false;
            continue;
        }
        if (group.factors[std::size_t(level - 1)] >= 0) {
            error(doc, f->line, type, g.id, MefImporter::tr("<factor level=\"%1\">: given twice").arg(level));
            ok = false;
            continue;
        }
        if (f->children.size() != 1) {
            error(doc, f->line, type, g.id, MefImporter::tr("<factor>: holds exactly one expression, found %1").arg(f->children.size()));
            ok = false;
            continue;
        }
        const int x = compileExpression(f->children.front(), doc, g.container, group.owner, type, g.id, nullptr);
        if (x < 0)
            ok = false;
        group.factors[std::size_t(level - 1)] = x;
    }
    for (int level = firstLevel; level <= n; ++level)
        if (group.factors[std::size_t(level - 1)] < 0 && ok) {
            error(doc, e.line, type, g.id,
                  MefImporter::tr("<define-CCF-group>: the %1 model of a group of %2 needs a factor for level %3").arg(model).arg(n).arg(level));
            ok = false;
        }
    return ok;
}

int Importer::compileGroupDistribution(const GroupDef &g, int owner, bool &ok)
{
    const QString type = MefImporter::tr("CCF group");
    const int doc = g.doc;
    const Element &e = *g.element;
    const Element *distribution = nullptr;
    for (const Element &child : e.children) {
        if (child.name == u"members"_s || child.name == u"factor"_s || child.name == u"factors"_s
            || child.name == u"label"_s || child.name == u"attributes"_s)
            continue;
        if (child.name == u"distribution"_s) {
            if (distribution) {
                error(doc, child.line, type, g.id, MefImporter::tr("<distribution>: given twice"));
                ok = false;
            }
            distribution = &child;
            continue;
        }
        if (!refuseUnsupported(doc, child, type, g.id))
            error(doc, child.line, type, g.id, MefImporter::tr("<%1>: unknown element in <define-CCF-group>").arg(child.name));
        ok = false;
    }
    if (!distribution) {
        error(doc, e.line, type, g.id, MefImporter::tr("<define-CCF-group>: <distribution> (the total failure probability of a member) is missing"));
        return -1;
    }
    if (distribution->children.size() != 1) {
        error(doc, distribution->line, type, g.id, MefImporter::tr("<distribution>: holds exactly one expression"));
        return -1;
    }
    return compileExpression(distribution->children.front(), doc, g.container, owner, type, g.id, nullptr);
}

void Importer::addGroupEvents(GroupDef &g, const MefProbabilityModel::CcfGroup &group)
{
    // The CCF events, each with the members it covers (indices into g.members):
    // beta-factor has each member alone and all of them together, at any group
    // size; MGL, alpha- and phi-factor have every subset (k members fail
    // together: probability Q_k), so those groups are at most MaxCcfMembers.
    const int n = group.memberCount;
    std::vector<std::vector<int>> subsets;
    if (g.model == MefProbabilityModel::CcfModel::BetaFactor) {
        std::vector<int> all;
        for (int i = 0; i < n; ++i) {
            subsets.push_back({i});
            all.push_back(i);
        }
        subsets.push_back(std::move(all));
    } else {
        const quint32 full = (quint32(1) << n) - 1; // n <= MaxCcfMembers
        for (int k = 1; k <= n; ++k)
            for (quint32 m = 1; m <= full; ++m)
                if (std::popcount(m) == k) {
                    std::vector<int> members;
                    for (int i = 0; i < n; ++i)
                        if (m & (quint32(1) << i))
                            members.push_back(i);
                    subsets.push_back(std::move(members));
                }
    }
    for (std::vector<int> &members : subsets) {
        MefProbabilityModel::EventSpec spec;
        spec.ccfGroup = g.index;
        spec.ccfOrder = int(members.size());
        spec.owner = group.owner;
        spec.file = group.file;
        spec.line = group.line;
        g.events.push_back({std::move(members), m_model->addEvent(spec)});
    }
}

// ---------------------------------------------------------------------------
// Checks

// Iterative depth-first search over a dependency graph (deep chains must not
// overflow the stack): `finished(v)` is called in post-order, inputs before the
// nodes that use them; `cycle(path)` for each input met again while still open,
// with the path from that input round to itself.
template<typename Inputs, typename Finished, typename Cycle>
void depthFirst(const std::vector<int> &starts, std::size_t count, Inputs inputs, Finished finished, Cycle cycle)
{
    std::vector<char> colour(count, 0); // 0 new, 1 open, 2 finished
    for (int start : starts) {
        if (colour[std::size_t(start)])
            continue;
        std::vector<std::pair<int, std::size_t>> stack{{start, 0}};
        colour[std::size_t(start)] = 1;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            const std::vector<int> &in = inputs(v);
            if (next < in.size()) {
                const int u = in[next++];
                if (colour[std::size_t(u)] == 0) {
                    colour[std::size_t(u)] = 1;
                    stack.push_back({u, 0});
                } else if (colour[std::size_t(u)] == 1) {
                    std::vector<int> path;
                    bool on = false;
                    for (const auto &frame : stack) {
                        on = on || frame.first == u;
                        if (on)
                            path.push_back(frame.first);
                    }
                    path.push_back(u);
                    cycle(path);
                }
                continue;
            }
            colour[std::size_t(v)] = 2;
            finished(v);
            stack.pop_back();
        }
    }
}

void Importer::orderParameters()
{
    // Post-order is an evaluation order: every parameter after those it uses.
    std::vector<int> all(m_parameters.size()), order;
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    depthFirst(
        all, m_parameters.size(), [&](int p) -> const std::vector<int> & { return m_parameters[std::size_t(p)].uses; },
        [&](int p) {
            if (m_model->parameterExpression(m_parameters[std::size_t(p)].index) >= 0)
                order.push_back(m_parameters[std::size_t(p)].index);
        },
        [&](const std::vector<int> &path) {
            QStringList ids;
            for (int p : path)
                ids << m_parameters[std::size_t(p)].id;
            const ParameterDef &at = m_parameters[std::size_t(path.front())];
            error(at.doc, at.element->line, MefImporter::tr("parameter"), at.id,
                  MefImporter::tr("<define-parameter>: the parameter depends on itself: %1").arg(ids.join(u" → "_s)));
        });
    m_model->setParameterOrder(std::move(order));
}

void Importer::checkGateCycles()
{
    std::vector<int> gates;
    for (std::size_t i = 0; i < m_events.size(); ++i)
        if (m_events[i].kind == Kind::Gate)
            gates.push_back(int(i));
    depthFirst(
        gates, m_events.size(), [&](int g) -> const std::vector<int> & { return m_events[std::size_t(g)].gateInputs; },
        [](int) {},
        [&](const std::vector<int> &path) {
            QStringList ids;
            for (int g : path)
                ids << m_events[std::size_t(g)].id;
            const EventDef &at = m_events[std::size_t(path.front())];
            error(at.doc, at.element->line, MefImporter::tr("gate"), at.id,
                  MefImporter::tr("<define-gate>: the gate depends on itself (a cycle): %1").arg(ids.join(u" → "_s)));
        });
}

// A model whose basic events have no probability at all gets a qualitative
// analysis (every event counts with p = 1/2, so that Birnbaum importance is the
// structure importance); a model where only some have one is an error at each of
// the others.
void Importer::checkQualitative()
{
    if (m_withoutProbability.empty())
        return;
    if (!m_withProbability && m_groups.empty()) {
        m_qualitative = true;
        MefProbabilityModel::Node half;
        half.value = 0.5;
        const int expression = m_model->addNode(half);
        for (int i : m_withoutProbability) {
            EventDef &def = m_events[std::size_t(i)];
            MefProbabilityModel::EventSpec spec;
            spec.expression = expression;
            spec.owner = m_model->addOwner(MefImporter::tr("basic event"), def.id);
            spec.file = m_model->addFile(m_docs[std::size_t(def.doc)].file());
            spec.line = def.element->line;
            def.spec = m_model->addEvent(spec);
        }
        return;
    }
    for (int i : m_withoutProbability) {
        const EventDef &def = m_events[std::size_t(i)];
        error(def.doc, def.element->line, MefImporter::tr("basic event"), def.id,
              MefImporter::tr("<define-basic-event>: no probability is given (other basic events have one: give every "
                              "basic event a probability, or none for a qualitative analysis)"));
    }
}

int Importer::chooseTop()
{
    if (!m_options.topGate.isEmpty()) {
        int wrong = -1;
        const int top = resolveEvent(m_options.topGate, 0, [](Kind k) { return k == Kind::Gate; }, &wrong);
        if (top < 0) {
            Diagnostic d;
            d.file = m_docs.empty() ? QString() : m_docs.front().file();
            d.elementType = MefImporter::tr("gate");
            d.elementId = m_options.topGate;
            d.message = wrong >= 0 ? MefImporter::tr("the requested top event is a %1, not a gate").arg(kindName(m_events[std::size_t(wrong)].kind))
                                   : MefImporter::tr("the requested top gate is not defined in the model");
            m_diagnostics << d;
        }
        return top;
    }
    std::vector<int> candidates;
    for (std::size_t i = 0; i < m_events.size(); ++i)
        if (m_events[i].kind == Kind::Gate && !m_events[i].usedByGate)
            candidates.push_back(int(i));
    if (candidates.empty()) {
        Diagnostic d;
        d.file = m_docs.empty() ? QString() : m_docs.front().file();
        d.message = MefImporter::tr("the model defines no fault-tree gate, so there is no top event");
        m_diagnostics << d;
        return -1;
    }
    if (candidates.size() > 1) {
        QStringList names;
        for (int c : candidates)
            names << m_events[std::size_t(c)].id;
        const EventDef &first = m_events[std::size_t(candidates.front())];
        warning(first.doc, first.element->line, MefImporter::tr("gate"), first.id,
                MefImporter::tr("several gates are used by no other gate (%1); the first defined is the top event "
                   "(choose another one by name)").arg(names.join(u", "_s)));
    }
    return candidates.front();
}

// ---------------------------------------------------------------------------
// Build

void Importer::build(int top, MefImport &result)
{
    Structure s;
    std::vector<MefProbabilityModel::EventValue> values;
    QList<Diagnostic> evaluation;
    if (!m_model->evaluate(m_options.missionTimeHours, values, evaluation)) {
        m_diagnostics << evaluation;
        return;
    }
    m_diagnostics << evaluation; // warnings

    std::vector<Structure::NodeId> node(m_events.size(), -1);
    auto addEvent = [&](const QString &id, const QString &label, int spec) {
        BasicEvent e;
        e.id = id;
        e.name = label;
        e.elementId = id;
        const MefProbabilityModel::EventValue &v = values[std::size_t(spec)];
        e.p = v.p;
        e.q = v.q;
        e.rate = v.rate;
        e.life = v.life;
        result.eventSpecs.push_back(spec);
        return s.event(s.addEvent(e));
    };
    auto memberNode = [&](int def) {
        const EventDef &member = m_events[std::size_t(def)];
        GroupDef &g = m_groups[std::size_t(member.group)];
        if (g.structureEvents.empty()) {
            for (const auto &[members, spec] : g.events) {
                QStringList names;
                for (int i : members)
                    names << m_events[std::size_t(g.members[std::size_t(i)])].id;
                g.structureEvents.push_back(addEvent(u'[' + names.join(u' ') + u']', {}, spec));
            }
        }
        QList<Structure::NodeId> parts;
        for (std::size_t i = 0; i < g.events.size(); ++i) {
            const std::vector<int> &members = g.events[i].first;
            if (std::binary_search(members.begin(), members.end(), member.memberIndex))
                parts << g.structureEvents[i];
        }
        const Structure::NodeId n = s.orOf(parts);
        s.setLabel(n, member.id, member.id);
        return n;
    };
    auto formulaNode = [&](auto &self, int index) -> Structure::NodeId {
        const Formula &f = m_formulas[std::size_t(index)];
        if (f.op == Formula::Op::Constant)
            return s.constant(f.value);
        if (f.op == Formula::Op::Ref) {
            Structure::NodeId &n = node[std::size_t(f.ref)];
            if (n >= 0)
                return n;
            const EventDef &def = m_events[std::size_t(f.ref)];
            switch (def.kind) {
            case Kind::Gate: break; // built before (gates go in dependency order)
            case Kind::BasicEvent: n = addEvent(def.id, def.label, def.spec); break;
            case Kind::HouseEvent: n = s.constant(def.houseValue); break;
            case Kind::CcfMember: n = memberNode(f.ref); break;
            }
            return n;
        }
        QList<Structure::NodeId> in;
        in.reserve(qsizetype(f.args.size()));
        for (int a : f.args)
            in << self(self, a);
        switch (f.op) {
        case Formula::Op::And: return s.andOf(in);
        case Formula::Op::Or: return s.orOf(in);
        case Formula::Op::Nand: return s.notOf(s.andOf(in));
        case Formula::Op::Nor: return s.notOf(s.orOf(in));
        case Formula::Op::Not: return s.notOf(in.front());
        case Formula::Op::Xor: return s.xorOf(in);
        case Formula::Op::Iff: return s.notOf(s.xorOf(in));
        case Formula::Op::Imply: return s.orOf({s.notOf(in.at(0)), in.at(1)});
        case Formula::Op::AtLeast: return s.atLeast(f.k, in);
        case Formula::Op::Cardinality:
            return s.andOf({s.atLeast(f.k, in), s.notOf(s.atLeast(f.kMax + 1, in))});
        case Formula::Op::Constant:
        case Formula::Op::Ref: break;
        }
        return s.constant(false);
    };

    // Gates reachable from the top, inputs before the gates that use them (cycles
    // were refused before).
    std::vector<int> order;
    depthFirst(
        {top}, m_events.size(), [&](int g) -> const std::vector<int> & { return m_events[std::size_t(g)].gateInputs; },
        [&](int g) { order.push_back(g); }, [](const std::vector<int> &) {});
    for (int g : order) {
        const Structure::NodeId n = formulaNode(formulaNode, m_events[std::size_t(g)].formula);
        s.setLabel(n, m_events[std::size_t(g)].id, m_events[std::size_t(g)].id);
        node[std::size_t(g)] = n;
    }
    const EventDef &topDef = m_events[std::size_t(top)];
    s.setTop(node[std::size_t(top)]);
    if (s.isConstant(s.top()))
        warning(topDef.doc, topDef.element->line, MefImporter::tr("gate"), topDef.id,
                MefImporter::tr("the top event is always %1 (house events and constants decide it)")
                    .arg(s.top() == s.constant(true) ? MefImporter::tr("true") : MefImporter::tr("false")));
    result.topName = topDef.id;
    result.structure = std::move(s);
}

MefImport Importer::run(std::vector<MefDocument> documents)
{
    MefImport result;
    result.missionTimeHours = m_options.missionTimeHours;
    m_docs = std::move(documents);
    for (const MefDocument &d : m_docs)
        result.files << d.file();
    bool readable = true;
    for (const MefDocument &d : m_docs) {
        m_diagnostics << d.diagnostics();
        readable = readable && d.ok();
    }
    if (!(m_options.missionTimeHours >= 0.0 && std::isfinite(m_options.missionTimeHours))) {
        Diagnostic d;
        d.message = MefImporter::tr("the mission time must be a finite number of hours, not negative (found %1)")
                        .arg(m_options.missionTimeHours);
        m_diagnostics << d;
        readable = false;
    }
    if (m_docs.empty()) {
        Diagnostic d;
        d.message = MefImporter::tr("no file to import");
        m_diagnostics << d;
        readable = false;
    }
    if (!readable) {
        result.diagnostics = m_diagnostics;
        return result;
    }

    for (int doc = 0; doc < int(m_docs.size()); ++doc)
        registerDocument(doc);
    // Parameters first: expressions refer to them by their model index.
    for (ParameterDef &p : m_parameters) {
        p.owner = m_model->addOwner(MefImporter::tr("parameter"), p.id);
        p.index = m_model->addParameter(p.id, p.owner, m_model->addFile(m_docs[std::size_t(p.doc)].file()), p.element->line);
    }
    for (int i = 0; i < int(m_parameters.size()); ++i)
        compileParameter(i);
    for (int i = 0; i < int(m_groups.size()); ++i)
        compileGroup(i);
    for (int i = 0; i < int(m_events.size()); ++i) {
        switch (m_events[std::size_t(i)].kind) {
        case Kind::Gate: compileGate(i); break;
        case Kind::BasicEvent: compileBasicEvent(i); break;
        case Kind::HouseEvent: compileHouseEvent(i); break;
        case Kind::CcfMember: break; // compiled with its group
        }
    }
    checkQualitative();
    if (!hasError()) {
        orderParameters();
        checkGateCycles();
    }
    if (!hasError()) {
        for (const EventDef &e : m_events)
            if (e.kind == Kind::Gate && !e.usedByGate)
                result.topCandidates << e.id;
        const int top = chooseTop();
        if (top >= 0 && !hasError())
            build(top, result);
    }
    result.diagnostics = m_diagnostics;
    if (hasErrors(result.diagnostics)) {
        result.structure.reset();
        result.topName.clear();
        return result;
    }
    result.probabilityModel = m_model;
    result.qualitative = m_qualitative;
    return result;
}

} // namespace

bool MefImport::probabilitiesAt(double hours, std::vector<double> &p, std::vector<double> &q,
                                QList<Diagnostic> *diagnostics) const
{
    if (!probabilityModel)
        return false;
    std::vector<MefProbabilityModel::EventValue> values;
    QList<Diagnostic> sink;
    if (!probabilityModel->evaluate(hours, values, diagnostics ? *diagnostics : sink))
        return false;
    p.resize(eventSpecs.size());
    q.resize(eventSpecs.size());
    for (std::size_t i = 0; i < eventSpecs.size(); ++i) {
        p[i] = values[std::size_t(eventSpecs[i])].p;
        q[i] = values[std::size_t(eventSpecs[i])].q;
    }
    return true;
}

std::optional<Structure> MefImport::structureAt(double hours, QList<Diagnostic> *diagnostics) const
{
    if (!structure)
        return std::nullopt;
    std::vector<double> p, q;
    if (!probabilitiesAt(hours, p, q, diagnostics))
        return std::nullopt;
    Structure s = *structure;
    s.setProbabilities(p, q);
    for (int i = 0; i < s.eventCount(); ++i)
        if (s.eventAt(i).life.type == EventLife::Type::Constant)
            s.eventAt(i).life.constantP = p[std::size_t(i)];
    return s;
}

namespace {

// Where a file is, for telling whether two names mean the same file.
QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

// Reads the files that the documents name in <include file="..."/> (directly in
// <opsa-mef>), each relative to the file that includes it, depth-first, so that an
// include cycle is refused with its whole chain. A file included more than once
// (or also given) is read once.
void followIncludes(std::vector<MefDocument> &docs)
{
    QHash<QString, int> known; // file key -> document
    for (int i = 0; i < int(docs.size()); ++i)
        known.insert(fileKey(docs[std::size_t(i)].file()), i);
    const int given = int(docs.size());
    for (int start = 0; start < given; ++start) {
        // Frames: (document, next child of its root to look at). The chain is the
        // stack itself.
        std::vector<std::pair<int, int>> stack{{start, 0}};
        while (!stack.empty()) {
            auto [doc, next] = stack.back();
            const MefDocument::Element &root = docs[std::size_t(doc)].root();
            if (!docs[std::size_t(doc)].ok() || next >= int(root.children.size())) {
                stack.pop_back();
                continue;
            }
            ++stack.back().second;
            const MefDocument::Element &e = root.children[std::size_t(next)];
            if (e.name != u"include"_s)
                continue;
            const QString name = e.attribute(u"file"_s);
            const int line = e.line;
            if (name.trimmed().isEmpty()) {
                docs[std::size_t(doc)].addError(line, MefImporter::tr("<include>: the file attribute is missing"));
                continue;
            }
            const QString path = QDir::cleanPath(QDir(QFileInfo(docs[std::size_t(doc)].file()).path()).filePath(name));
            const QString key = fileKey(path);
            if (const auto it = known.constFind(key); it != known.constEnd()) {
                QStringList chain;
                bool inChain = false;
                for (const auto &[d, n] : stack) {
                    inChain = inChain || d == it.value();
                    if (inChain)
                        chain << docs[std::size_t(d)].file();
                }
                if (inChain) {
                    chain << docs[std::size_t(it.value())].file();
                    docs[std::size_t(doc)].addError(
                        line, MefImporter::tr("<include file=\"%1\">: the files include each other: %2")
                                  .arg(name, chain.join(u" → "_s)));
                }
                continue; // read already
            }
            MefDocument included = MefDocument::read(path);
            if (!included.ok()) {
                const QString why = included.diagnostics().isEmpty() ? QString() : included.diagnostics().first().message;
                if (included.root().name.isEmpty()) { // not read at all: say so where it is included
                    docs[std::size_t(doc)].addError(line, MefImporter::tr("<include file=\"%1\">: %2 (%3)").arg(name, why, path));
                    continue;
                }
            }
            known.insert(key, int(docs.size()));
            docs.push_back(std::move(included));
            stack.push_back({int(docs.size()) - 1, 0});
        }
    }
}

} // namespace

MefImport MefImporter::load(const QStringList &files, const MefOptions &options)
{
    std::vector<MefDocument> docs;
    docs.reserve(std::size_t(files.size()));
    for (const QString &f : files)
        docs.push_back(MefDocument::read(f));
    followIncludes(docs);
    return Importer(options).run(std::move(docs));
}

MefImport MefImporter::loadData(const QList<std::pair<QString, QByteArray>> &sources, const MefOptions &options)
{
    std::vector<MefDocument> docs;
    docs.reserve(std::size_t(sources.size()));
    for (const auto &[file, data] : sources)
        docs.push_back(MefDocument::parse(file, data));
    followIncludes(docs); // a source may include another by its name, or a file
    return Importer(options).run(std::move(docs));
}

} // namespace nf

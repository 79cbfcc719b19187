#pragma once

#include <QObject>

#include <functional>

namespace nf {

// Calls a function when the watched widget loses focus: multi-line text fields
// commit their edit then (they have no editingFinished signal).
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> onFocusOut);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_onFocusOut;
};

} // namespace nf

#include "focusoutfilter.h"

#include <QEvent>

namespace nf {

FocusOutFilter::FocusOutFilter(QObject *parent, std::function<void()> onFocusOut)
    : QObject(parent)
    , m_onFocusOut(std::move(onFocusOut))
{
}

bool FocusOutFilter::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        m_onFocusOut();
    return false;
}

} // namespace nf

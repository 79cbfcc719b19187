#pragma once

#include <QPalette>
#include <QString>

namespace nf {

// Light, dark or the system's look for the whole application: Fusion with a
// light or dark palette, or the platform's own style and palette. UI colours
// live only here and in CanvasTheme, never in documents.
class AppTheme
{
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode current();
    static QString toString(Mode mode);
    static Mode fromString(const QString &text);
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace nf

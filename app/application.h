#pragma once

#include <QLocale>

namespace nf {

// Installs Ninefold's and Qt's translations for `locale` (embedded under
// :/i18n). Returns false when there is no translation for it (English is built in).
bool installTranslations(const QLocale &locale);

// Sets up the QApplication (translations, style, command line) and runs the GUI.
int runApplication(int argc, char *argv[]);

} // namespace nf

#pragma once

namespace nf {

// Sets up the QApplication (translations, style, command line) and runs the GUI.
int runApplication(int argc, char *argv[]);

} // namespace nf

#include "application.h"

int main(int argc, char *argv[]) { return nf::runApplication(argc, argv); }

namespace nf { int analysisPlaceholder() { return 0; } }

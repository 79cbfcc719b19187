#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace nf {

// Preferences stored in QSettings: interface language, theme, snapping and the
// autosave interval.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Setting keys, shared with the code that reads them.
    static QString languageKey();
    static QString themeKey();
    static QString snapKey();
    static QString autosaveKey();

    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_snap;
    QSpinBox *m_autosave;
};

} // namespace nf

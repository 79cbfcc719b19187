#include "preferencesdialog.h"

#include "apptheme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nf {

QString PreferencesDialog::languageKey() { return u"ui/language"_s; }
QString PreferencesDialog::themeKey() { return u"ui/theme"_s; }
QString PreferencesDialog::snapKey() { return u"canvas/snapToGrid"_s; }
QString PreferencesDialog::autosaveKey() { return u"autosave/minutes"_s; }

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    QSettings settings;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430"_s, u"uk"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(languageKey()).toString())));
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect when Ninefold is started again."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), AppTheme::toString(AppTheme::Mode::System));
    m_theme->addItem(tr("Light"), AppTheme::toString(AppTheme::Mode::Light));
    m_theme->addItem(tr("Dark"), AppTheme::toString(AppTheme::Mode::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.value(themeKey(), u"system"_s).toString())));
    form->addRow(tr("Theme:"), m_theme);

    m_snap = new QCheckBox(tr("Snap to the grid while moving"), this);
    m_snap->setChecked(settings.value(snapKey(), true).toBool());
    form->addRow(tr("Canvas:"), m_snap);

    m_autosave = new QSpinBox(this);
    m_autosave->setRange(1, 60);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setValue(settings.value(autosaveKey(), 1).toInt());
    form->addRow(tr("Save a recovery copy every:"), m_autosave);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(languageKey(), m_language->currentData());
    settings.setValue(themeKey(), m_theme->currentData());
    settings.setValue(snapKey(), m_snap->isChecked());
    settings.setValue(autosaveKey(), m_autosave->value());
    QDialog::accept();
}

} // namespace nf

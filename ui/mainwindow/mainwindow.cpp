// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "actions/actionspage.h"
#include "common/appearance.h"
#include "common/verifiedfiles.h"
#include "dashboards/dashboardspage.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "import/importpage.h"
#include "inbox/caseeditor.h"
#include "inbox/inboxpage.h"
#include "mainwindow/teamdatabasedialog.h"
#include "overview/databaseoverview.h"
#include "overview/overviewpage.h"
#include "review/reviewpage.h"
#include "settings/settingspage.h"
#include "storage/casestore.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/responsestore.h"
#include "storage/staffstore.h"
#include "storage/themestore.h"
#include "themes/defaulttaxonomy.h"
#include "workflow/escalation.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

// The icons and other resources live in this static library; nothing else would reference their
// initialiser, so the linker would drop it. Q_INIT_RESOURCE must be used outside a namespace.
static void initialiseResources()
{
    Q_INIT_RESOURCE(loopdesk);
}

namespace loopdesk::ui {
namespace {

const QString kFileFilter = MainWindow::tr("LoopDesk databases (*.db *.loopdesk);;All files (*)");
const QString kStaffKey = QStringLiteral("ui/staff");
const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kStateKey = QStringLiteral("ui/windowState");
enum Page { InboxRow, OverviewRow, DashboardsRow, ActionsRow, ReviewRow, ImportRow, SettingsRow, PageCount };

// A navigation icon drawn from its SVG at 1×, 2× and 3× scale: as drawn, and in white for the
// selected entry so that it does not vanish into the selection's colour.
QIcon navigationIcon(const QString& name)
{
    QIcon icon;
    QFile file(QStringLiteral(":/loopdesk/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return icon;
    }
    const QByteArray svg = file.readAll();
    QSvgRenderer normal(svg);
    QSvgRenderer white(QByteArray(svg).replace("#2f86a6", "#ffffff"));
    for (const int side : {20, 40, 60}) {
        for (const auto& [renderer, mode] : {std::pair{&normal, QIcon::Normal}, std::pair{&white, QIcon::Selected}}) {
            QPixmap pixmap(side, side);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer->render(&painter);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(const core::Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
{
    initialiseResources();
    setObjectName(QStringLiteral("mainWindow"));
    m_changeTimer = new QTimer(this);
    m_changeTimer->setObjectName(QStringLiteral("colleagueChangesTimer"));
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(300);
    connect(m_changeTimer, &QTimer::timeout, this, [this] {
        if (m_inbox) {
            m_inbox->refreshForColleagues();
            m_overviewStale = true;
            m_reviewStale = true;
            m_dashboardsStale = true;
        }
    });
    setWindowIcon(QIcon(QStringLiteral(":/loopdesk/loopdesk.svg")));
    setWindowTitle(tr("LoopDesk"));
    resize(1180, 760);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->addItem(tr("Inbox"));
    m_navigation->addItem(tr("Overview"));
    m_navigation->addItem(tr("Dashboards"));
    m_navigation->addItem(tr("Actions"));
    m_navigation->addItem(tr("Quarterly review"));
    m_navigation->addItem(tr("Import"));
    m_navigation->addItem(tr("Settings"));
    const QStringList icons{QStringLiteral("inbox"),   QStringLiteral("overview"), QStringLiteral("dashboards"),
                            QStringLiteral("actions"), QStringLiteral("review"),   QStringLiteral("import"),
                            QStringLiteral("settings")};
    for (int row = 0; row < PageCount; ++row) {
        m_navigation->item(row)->setToolTip(tr("Alt+%1").arg(row + 1));
        m_navigation->item(row)->setIcon(navigationIcon(icons.at(row)));
    }
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    fitNavigation();
    m_navigation->setCurrentRow(InboxRow);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    for (int row = 0; row < PageCount; ++row) {
        auto* key = new QShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + row)), this);
        connect(key, &QShortcut::activated, this, [this, row] { m_navigation->setCurrentRow(row); });
    }
    layout->addWidget(m_navigation);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_overview = new OverviewPage(m_pages);
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_pages->addWidget(m_overview);

    // Shown while no database is open: what went wrong and the two ways forward.
    m_noDatabasePage = new QWidget(m_pages);
    m_noDatabasePage->setObjectName(QStringLiteral("noDatabasePage"));
    auto* empty = new QVBoxLayout(m_noDatabasePage);
    empty->addStretch(1);
    m_noDatabaseReason = new QLabel(tr("No database is open."), m_noDatabasePage);
    m_noDatabaseReason->setObjectName(QStringLiteral("noDatabaseReason"));
    m_noDatabaseReason->setWordWrap(true);
    m_noDatabaseReason->setAlignment(Qt::AlignCenter);
    empty->addWidget(m_noDatabaseReason);
    auto* buttons = new QHBoxLayout;
    auto* openButton = new QPushButton(tr("Open a database…"), m_noDatabasePage);
    openButton->setObjectName(QStringLiteral("openDatabaseButton"));
    auto* createButton = new QPushButton(tr("Create a new database…"), m_noDatabasePage);
    createButton->setObjectName(QStringLiteral("createDatabaseButton"));
    auto* teamButton = new QPushButton(tr("Open a team database…"), m_noDatabasePage);
    teamButton->setObjectName(QStringLiteral("openTeamDatabaseButton"));
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    connect(createButton, &QPushButton::clicked, this, &MainWindow::chooseAndCreate);
    connect(teamButton, &QPushButton::clicked, this, &MainWindow::chooseTeamDatabase);
    buttons->addStretch(1);
    buttons->addWidget(openButton);
    buttons->addWidget(createButton);
    buttons->addWidget(teamButton);
    buttons->addStretch(1);
    empty->addLayout(buttons);
    empty->addStretch(2);
    m_pages->addWidget(m_noDatabasePage);
    m_pages->setCurrentWidget(m_noDatabasePage);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    createMenus();

    auto* toolbar = addToolBar(tr("Who is working"));
    toolbar->setObjectName(QStringLiteral("staffToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Working as: "), toolbar));
    m_staff = new QComboBox(toolbar);
    m_staff->setObjectName(QStringLiteral("currentStaffCombo"));
    m_staff->setAccessibleName(tr("Working as"));
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolbar->addWidget(m_staff);
    connect(m_staff, &QComboBox::activated, this, [this] {
        QSettings().setValue(kStaffKey, m_staff->currentText());
        if (m_inbox) {
            m_inbox->setActingStaff(actingStaff());
            m_settingsPage->setActingStaff(actingStaff());
            m_actionsPage->setActingStaff(actingStaff());
        }
        m_warned.clear();
        checkBreaches();
    });

    auto* breachTimer = new QTimer(this);
    breachTimer->setInterval(60 * 1000);
    connect(breachTimer, &QTimer::timeout, this, &MainWindow::checkBreaches);
    breachTimer->start();

    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First run: most of the screen, for the inbox and the case side by side.
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            const QSize available = screen->availableSize();
            resize(std::max(1180, std::min(1600, available.width() * 9 / 10)),
                   std::max(760, std::min(1000, available.height() * 9 / 10)));
        }
    }
    restoreState(settings.value(kStateKey).toByteArray());
}

qint64 MainWindow::actingStaff() const
{
    return m_staff->currentData().toLongLong();
}

void MainWindow::setActingStaff(const QString& name)
{
    const int shown = m_staff->findText(name);
    m_staff->setCurrentIndex(std::max(0, shown >= 0 ? shown : m_staff->findData(name, Qt::AccessibleTextRole)));
    QSettings().setValue(kStaffKey, m_staff->currentText());
    if (m_inbox) {
        m_inbox->setActingStaff(actingStaff());
        m_settingsPage->setActingStaff(actingStaff());
        m_actionsPage->setActingStaff(actingStaff());
    }
    m_warned.clear();
    checkBreaches();
}

void MainWindow::fillStaff()
{
    m_staff->clear();
    for (const core::Staff& s : core::StaffStore(*m_database).all()) {
        if (s.active) {
            m_staff->addItem(s.role == core::Staff::Role::Manager ? tr("%1 (manager)").arg(s.name) : s.name, s.id);
            m_staff->setItemData(m_staff->count() - 1, s.name, Qt::AccessibleTextRole);
        }
    }
    // The person remembered from last time, else the first on the list.
    const QString remembered = QSettings().value(kStaffKey).toString();
    m_staff->setCurrentIndex(std::max(0, m_staff->findText(remembered)));
}

void MainWindow::fitNavigation()
{
    // As wide as its longest entry, in any language, also once the inbox counts what is due soon.
    m_navigation->setFixedWidth(
        std::max(130, m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 12));
}

void MainWindow::checkBreaches()
{
    if (!m_database || actingStaff() == 0) {
        return;
    }
    const QList<core::InboxRow> soon = core::casesAboutToBreach(*m_database, m_clock, actingStaff());
    m_navigation->item(InboxRow)->setText(soon.isEmpty() ? tr("Inbox") : tr("Inbox (%1 due soon)").arg(soon.size()));
    fitNavigation();
    QStringList fresh;
    for (const core::InboxRow& row : soon) {
        if (!m_warned.contains(row.followUp.id)) {
            m_warned.insert(row.followUp.id);
            const qint64 minutes = std::max<qint64>(1, m_clock.nowUtc().secsTo(row.followUp.firstContactDue) / 60);
            fresh << tr("case %1 (%2) is due in %3 h %4 min")
                         .arg(row.followUp.id)
                         .arg(row.customer.isEmpty() ? tr("anonymous") : row.customer)
                         .arg(minutes / 60)
                         .arg(minutes % 60);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    const QString text = tr("Call soon: %1.").arg(fresh.join(QStringLiteral("; ")));
    statusBar()->showMessage(text, 60 * 1000);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("LoopDesk: cases about to breach"), text, QSystemTrayIcon::Warning, 15000);
    }
}

void MainWindow::updateCounts()
{
    if (!m_database) {
        return;
    }
    const QLocale locale;
    m_countsLabel->setText(tr("%1 answers · %2 open cases")
                               .arg(locale.toString(m_answers),
                                    locale.toString(core::CaseStore(*m_database).inboxCount(core::InboxQuery{}))));
}

void MainWindow::showPage(int row)
{
    if (!m_database) {
        m_pages->setCurrentWidget(m_noDatabasePage);
        return;
    }
    if (row == OverviewRow && m_overviewStale) {
        loadOverview();
    }
    QWidget* shown = m_inbox;
    if (row == OverviewRow) {
        shown = m_overview;
    } else if (row == DashboardsRow) {
        if (m_dashboardsStale) {
            m_dashboardsStale = false;
            m_dashboardsPage->refresh(); // composed when first shown, not at start-up
        }
        shown = m_dashboardsPage;
    } else if (row == ActionsRow) {
        shown = m_actionsPage;
    } else if (row == ReviewRow) {
        if (m_reviewStale) {
            m_reviewStale = false;
            m_reviewPage->refresh(); // composed when first shown, not at start-up
        }
        shown = m_reviewPage;
    } else if (row == ImportRow) {
        shown = m_importPage;
    } else if (row == SettingsRow) {
        shown = m_settingsPage;
    }
    m_pages->setCurrentWidget(shown);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_inbox && m_inbox->editor()->hasUnsavedEdits()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved notes"),
                                  tr("You typed notes for case %1 that are not recorded yet. Quit and lose them?")
                                      .arg(m_inbox->editor()->caseId()),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

MainWindow::~MainWindow()
{
    if (m_database) {
        const QString path = m_database->path();
        dropDatabasePages();
        m_database.reset();
        rememberAsVerified(path);
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openAction"));
    QAction* create = file->addAction(tr("&New database…"), this, &MainWindow::chooseAndCreate);
    create->setShortcut(QKeySequence::New);
    QAction* team = file->addAction(tr("Open &team database…"), this, &MainWindow::chooseTeamDatabase);
    team->setObjectName(QStringLiteral("openTeamAction"));
    QAction* import = file->addAction(tr("&Import survey file…"), this, [this] {
        if (m_importPage) {
            m_navigation->setCurrentRow(ImportRow);
            m_importPage->startImport();
        }
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("importAction"));
    QAction* backup = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    auto* appearances = new QActionGroup(this);
    for (const auto& [choice, title] :
         {std::pair{Appearance::System, tr("As the &system")}, std::pair{Appearance::Light, tr("&Light")},
          std::pair{Appearance::Dark, tr("&Dark")}}) {
        QAction* action = appearance->addAction(title);
        action->setCheckable(true);
        action->setChecked(savedAppearance() == choice);
        action->setObjectName(QStringLiteral("appearanceAction%1").arg(int(choice)));
        appearances->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] {
            saveAppearance(choice);
            applyAppearance(choice);
            if (m_inbox) {
                m_inbox->refresh(); // its colours depend on the background
            }
        });
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LoopDesk"), this, &MainWindow::showAbout);
}

QString MainWindow::openDatabase(const QString& path, bool demoIfNew, const QString& password)
{
    m_passwordRefused = false;
    try {
        core::Database::Options options;
        options.verifiedFingerprint = rememberedFingerprint(path);
        options.password = password;
        auto db = core::Database::open(path, options);
        if (demoIfNew && db->openReport().created && core::ResponseStore(*db).count() == 0) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            try {
                core::DemoGenerator(*db, m_clock).generate({});
            } catch (...) {
                QApplication::restoreOverrideCursor();
                throw;
            }
            QApplication::restoreOverrideCursor();
        } else if (db->openReport().created) {
            core::ThemeStore themes(*db);
            core::installDefaultTaxonomy(themes); // a new database starts with a taxonomy to edit
        }
        dropDatabasePages(); // they hold the old database: they go first
        const QString previous = m_database ? m_database->path() : QString();
        m_database = std::move(db);
        if (!previous.isEmpty()) {
            rememberAsVerified(previous);
        }
        // A team database: colleagues' changes to cases show within a couple of seconds. Notices
        // that come in a burst (an import, a colleague working fast) refresh once.
        m_changes = std::make_unique<core::ChangeFeed>(*m_database, this, [this] { m_changeTimer->start(); });
        m_inbox = new InboxPage(*m_database, m_clock, m_pages);
        m_pages->addWidget(m_inbox);
        connect(m_inbox, &InboxPage::casesChanged, this, &MainWindow::updateCounts);
        m_importPage = new ImportPage(*m_database, m_clock, m_pages);
        m_pages->addWidget(m_importPage);
        connect(m_importPage, &ImportPage::imported, this, &MainWindow::answersArrived);
        m_actionsPage = new ActionsPage(*m_database, m_clock, m_pages);
        m_pages->addWidget(m_actionsPage);
        m_dashboardsPage = new DashboardsPage(*m_database, m_clock, m_pages);
        m_pages->addWidget(m_dashboardsPage);
        m_dashboardsStale = true;
        connect(m_dashboardsPage, &DashboardsPage::actionProposed, this, [this](qint64 themeId, double gain) {
            m_navigation->setCurrentRow(ActionsRow);
            m_actionsPage->startProposal(themeId, gain);
        });
        m_reviewPage = new ReviewPage(*m_database, m_clock, m_pages);
        m_pages->addWidget(m_reviewPage);
        m_reviewStale = true;
        m_settingsPage = new SettingsPage(*m_database, m_clock, m_pages);
        m_pages->addWidget(m_settingsPage);
        connect(m_settingsPage, &SettingsPage::staffChanged, this, [this] {
            const QString current = m_staff->currentData(Qt::AccessibleTextRole).toString();
            fillStaff();
            setActingStaff(current);
            m_inbox->refresh(); // owner names and filters
            m_actionsPage->refresh();
        });
    } catch (const core::StorageError& error) {
        const auto* refused = dynamic_cast<const core::DatabaseOpenError*>(&error);
        m_passwordRefused = refused && refused->kind() == core::DatabaseOpenError::Kind::PasswordNeeded;
        if (!m_database) {
            m_noDatabaseReason->setText(error.message());
        }
        return error.message();
    }
    if (m_database->isTeamDatabase()) {
        const QUrl address(m_database->path());
        setWindowTitle(tr("%1 on %2 – LoopDesk").arg(address.path().mid(1), address.host()));
    } else {
        setWindowTitle(tr("%1 – LoopDesk").arg(QFileInfo(path).fileName()));
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_database->path()));
    fillStaff();
    m_warned.clear();
    m_inbox->setActingStaff(actingStaff()); // reads the inbox once
    m_settingsPage->setActingStaff(actingStaff());
    m_actionsPage->setActingStaff(actingStaff());
    checkBreaches();
    m_overviewStale = true; // the overview is read when it is first shown
    m_answers = core::ResponseStore(*m_database).count();
    updateCounts();
    showPage(m_navigation->currentRow());
    return {};
}

bool MainWindow::openDatabaseInteractive(const QString& path, bool demoIfNew)
{
    if (core::Database::isServerLocation(path)) {
        return openTeamDatabase(path);
    }
    const QString problem = openDatabase(path, demoIfNew);
    if (problem.isEmpty()) {
        return true;
    }
    QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"), problem, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("openErrorBox"));
    box.exec();
    return false;
}

void MainWindow::dropDatabasePages()
{
    m_changes.reset(); // it listens on the connection that is about to go
    for (QWidget* page : std::initializer_list<QWidget*>{m_inbox, m_importPage, m_settingsPage, m_reviewPage,
                                                         m_actionsPage, m_dashboardsPage}) {
        if (page) {
            m_pages->removeWidget(page);
            delete page;
        }
    }
    m_inbox = nullptr;
    m_importPage = nullptr;
    m_settingsPage = nullptr;
    m_reviewPage = nullptr;
    m_actionsPage = nullptr;
    m_dashboardsPage = nullptr;
}

void MainWindow::answersArrived()
{
    m_answers = core::ResponseStore(*m_database).count();
    m_overviewStale = true;
    m_reviewStale = true;
    m_dashboardsStale = true;
    m_inbox->refresh();
    updateCounts();
    m_warned.clear();
    checkBreaches();
}

void MainWindow::refresh()
{
    if (!m_database) {
        return;
    }
    m_inbox->refresh();
    m_overviewStale = true;
    m_reviewStale = true;
    m_dashboardsStale = true;
    showPage(m_navigation->currentRow());
}

void MainWindow::loadOverview()
{
    try {
        const core::DatabaseOverview overview = core::loadOverview(*m_database, m_clock);
        m_overview->setOverview(overview);
        m_overviewStale = false;
        m_answers = overview.count(QStringLiteral("responses"));
        updateCounts();
    } catch (const core::StorageError& error) {
        QMessageBox::warning(this, tr("Cannot read the database"), error.message());
    }
}

void MainWindow::chooseAndOpen()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a LoopDesk database"), start, kFileFilter);
    if (!path.isEmpty()) {
        openDatabaseInteractive(path);
    }
}

QString MainWindow::lastTeamAddressKey()
{
    return QStringLiteral("teamDatabase/lastAddress");
}

void MainWindow::chooseTeamDatabase()
{
    TeamDatabaseDialog dialog(QSettings().value(lastTeamAddressKey()).toString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        openTeamDatabase(dialog.address());
    }
}

bool MainWindow::openTeamDatabase(const QString& address)
{
    QString problem = openDatabase(address);
    QString password;
    // The server wants a password (none came from ~/.pgpass or PGPASSWORD), or refused the one
    // typed: ask, until it is accepted or the person gives up. A password written into the
    // address itself is refused by openDatabase() before any of this.
    while (!problem.isEmpty() && m_passwordRefused && !QUrl(address).userName().isEmpty() &&
           QUrl(address).password().isEmpty()) {
        const QString reason =
            password.isEmpty()
                ? tr("The server asks for the password of %1.").arg(QUrl(address).userName())
                : tr("The server did not accept that password for %1. Try again?").arg(QUrl(address).userName());
        const std::optional<QString> typed = askTeamPassword(this, address, reason);
        if (!typed) {
            return false; // cancelled: whatever was open stays open
        }
        password = *typed;
        problem = openDatabase(address, false, password);
    }
    if (!problem.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the team database"), problem, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("openErrorBox"));
        box.exec();
        return false;
    }
    QSettings().setValue(lastTeamAddressKey(), m_database->path()); // the address, never the password
    return true;
}

void MainWindow::chooseAndCreate()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Create a LoopDesk database"), QDir::home().filePath(QStringLiteral("loopdesk.db")), kFileFilter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        QMessageBox::information(
            this, tr("File exists"),
            tr("%1 already exists. Use File → Open to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabaseInteractive(path);
}

void MainWindow::backUp()
{
    if (!m_database) {
        return;
    }
    const QString suggestion = m_database->path() + QStringLiteral(".backup.db");
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggestion, kFileFilter,
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    try {
        m_database->backupTo(path);
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
    } catch (const core::StorageError& error) {
        QMessageBox::warning(this, tr("Backup failed"), error.message());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LoopDesk"),
                       tr("<h3>LoopDesk %1</h3><p>Close the customer feedback loop: call every detractor back in "
                          "time, route root causes to the teams that fix them, and review NPS with honest "
                          "margins of error.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace loopdesk::ui

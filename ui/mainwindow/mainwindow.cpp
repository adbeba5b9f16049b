// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "demo/demogenerator.h"
#include "overview/databaseoverview.h"
#include "overview/overviewpage.h"
#include "storage/database.h"
#include "storage/responsestore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
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

} // namespace

MainWindow::MainWindow(const core::Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
{
    initialiseResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/loopdesk/loopdesk.svg")));
    setWindowTitle(tr("LoopDesk"));
    resize(1180, 760);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFixedWidth(190);
    m_navigation->addItem(tr("Overview"));
    m_navigation->setCurrentRow(0);
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
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    connect(createButton, &QPushButton::clicked, this, &MainWindow::chooseAndCreate);
    buttons->addStretch(1);
    buttons->addWidget(openButton);
    buttons->addWidget(createButton);
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
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openAction"));
    QAction* create = file->addAction(tr("&New database…"), this, &MainWindow::chooseAndCreate);
    create->setShortcut(QKeySequence::New);
    QAction* backup = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LoopDesk"), this, &MainWindow::showAbout);
}

QString MainWindow::openDatabase(const QString& path, bool demoIfNew)
{
    try {
        auto db = core::Database::open(path);
        if (demoIfNew && db->openReport().created && core::ResponseStore(*db).count() == 0) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            try {
                core::DemoGenerator(*db, m_clock).generate({});
            } catch (...) {
                QApplication::restoreOverrideCursor();
                throw;
            }
            QApplication::restoreOverrideCursor();
        }
        m_database = std::move(db);
    } catch (const core::StorageError& error) {
        if (!m_database) {
            m_noDatabaseReason->setText(error.message());
        }
        return error.message();
    }
    setWindowTitle(tr("%1 – LoopDesk").arg(QFileInfo(path).fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(m_database->path()));
    refresh();
    m_pages->setCurrentWidget(m_overview);
    return {};
}

bool MainWindow::openDatabaseInteractive(const QString& path, bool demoIfNew)
{
    const QString problem = openDatabase(path, demoIfNew);
    if (problem.isEmpty()) {
        return true;
    }
    QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"), problem, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("openErrorBox"));
    box.exec();
    return false;
}

void MainWindow::refresh()
{
    if (!m_database) {
        return;
    }
    try {
        const core::DatabaseOverview overview = core::loadOverview(*m_database, m_clock);
        m_overview->setOverview(overview);
        const QLocale locale;
        m_countsLabel->setText(tr("%1 answers · %2 open cases")
                                   .arg(locale.toString(overview.count(QStringLiteral("responses"))),
                                        locale.toString(overview.openCases)));
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

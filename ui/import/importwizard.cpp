// SPDX-FileCopyrightText: 2026 LoopDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importwizard.h"

#include "common/texttablemodel.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace loopdesk::ui {
namespace {

const QString kWide = QStringLiteral("*wide*");

// A wizard page that is complete when its predicate says so.
class CheckedPage final : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<void()> entered;
    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (entered) {
            entered();
        }
    }
    void changed() { Q_EMIT completeChanged(); }
};

QString fieldTitle(core::ImportField field)
{
    switch (field) {
    case core::ImportField::ResponseId:
        return ImportWizard::tr("Response id");
    case core::ImportField::CustomerId:
        return ImportWizard::tr("Customer id");
    case core::ImportField::Name:
        return ImportWizard::tr("Name");
    case core::ImportField::Email:
        return ImportWizard::tr("E-mail");
    case core::ImportField::Phone:
        return ImportWizard::tr("Phone");
    case core::ImportField::AnsweredAt:
        return ImportWizard::tr("Answered at");
    case core::ImportField::Score:
        return ImportWizard::tr("Score");
    case core::ImportField::Comment:
        return ImportWizard::tr("Comment");
    case core::ImportField::Account:
        return ImportWizard::tr("Account");
    case core::ImportField::Language:
        return ImportWizard::tr("Language");
    }
    return {};
}

QString delimiterTitle(char delimiter)
{
    switch (delimiter) {
    case ',':
        return ImportWizard::tr("comma");
    case ';':
        return ImportWizard::tr("semicolon");
    case '\t':
        return ImportWizard::tr("tab");
    case '|':
        return ImportWizard::tr("vertical bar");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

QString dateOrderTitle(core::DateOrder order)
{
    switch (order) {
    case core::DateOrder::DayFirst:
        return ImportWizard::tr("day first (dd/MM/yyyy)");
    case core::DateOrder::MonthFirst:
        return ImportWizard::tr("month first (MM/dd/yyyy)");
    case core::DateOrder::Undecided:
        break;
    }
    return ImportWizard::tr("ISO or unambiguous");
}

QString columnTitle(const core::ColumnMapping& m, int column)
{
    const QString label = m.labels.value(column);
    const QString name = m.columns.value(column);
    QString title = label.isEmpty() || label == name ? name : QStringLiteral("%1 (%2)").arg(label, name);
    if (title.size() > 60) {
        title = title.left(57) + QStringLiteral("…");
    }
    return ImportWizard::tr("%1: %2").arg(column + 1).arg(title);
}

// A reject kind ("score_out_of_range") in words.
QString rejectKindTitle(const QString& kind)
{
    static const QHash<QString, QString> titles = {
        {QStringLiteral("missing_score"), ImportWizard::tr("no score")},
        {QStringLiteral("score_not_a_number"), ImportWizard::tr("score not a whole number")},
        {QStringLiteral("score_out_of_range"), ImportWizard::tr("score out of range")},
        {QStringLiteral("bad_date"), ImportWizard::tr("unreadable date")},
        {QStringLiteral("empty_row"), ImportWizard::tr("empty row")},
        {QStringLiteral("malformed_row"), ImportWizard::tr("malformed row")},
        {QStringLiteral("missing_customer"), ImportWizard::tr("no customer id or e-mail")},
        {QStringLiteral("no_answer_code"), ImportWizard::tr("\"no answer\" code")},
    };
    return titles.value(kind, QString(kind).replace(QLatin1Char('_'), QLatin1Char(' ')));
}

CheckedPage* checkedPage(QWizard* wizard, int id)
{
    return static_cast<CheckedPage*>(wizard->page(id));
}

} // namespace

ImportWizard::ImportWizard(core::Database& db, const core::Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import survey answers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(RunPage, createRunPage());
    setPage(SummaryPage, createSummaryPage());
    setStartId(FilePage);
    resize(1040, 720);
}

ImportWizard::~ImportWizard()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QWizardPage* ImportWizard::createFilePage()
{
    auto* p = new CheckedPage(this);
    p->setObjectName(QStringLiteral("importFilePage"));
    p->setTitle(tr("Choose the survey export"));
    p->setSubTitle(tr("A CSV or text export from Qualtrics, SurveyMonkey, Google Forms, Typeform, Delighted or "
                      "any tool: LoopDesk recognises the format and shows you what it found before anything is "
                      "written."));
    auto* form = new QFormLayout(p);
    auto* row = new QHBoxLayout;
    m_file = new QLineEdit(p);
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setAccessibleName(tr("File to import"));
    m_file->setPlaceholderText(tr("Path of the exported file"));
    auto* browse = new QPushButton(tr("&Browse…"), p);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), p);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, row);

    m_wave = new QLineEdit(p);
    m_wave->setObjectName(QStringLiteral("importWaveEdit"));
    m_wave->setAccessibleName(tr("Wave name"));
    m_wave->setPlaceholderText(tr("The file's name"));
    m_wave->setToolTip(tr("Answers go into this survey wave; an existing wave of this name gets the new answers."));
    form->addRow(tr("&Wave:"), m_wave);

    m_metric = new QComboBox(p);
    m_metric->setObjectName(QStringLiteral("importMetricCombo"));
    m_metric->setAccessibleName(tr("Survey metric"));
    m_metric->addItem(tr("NPS – likelihood to recommend, 0 to 10"), QVariant::fromValue(int(core::Metric::Nps)));
    m_metric->addItem(tr("CSAT – satisfaction, 1 to 5"), QVariant::fromValue(int(core::Metric::Csat)));
    m_metric->addItem(tr("CES – customer effort, 1 to 7"), QVariant::fromValue(int(core::Metric::Ces)));
    form->addRow(tr("&Metric:"), m_metric);

    p->complete = [this] { return QFileInfo(m_file->text().trimmed()).isFile(); };
    connect(m_file, &QLineEdit::textChanged, p, [this, p] {
        m_wave->setPlaceholderText(QFileInfo(m_file->text().trimmed()).completeBaseName());
        p->changed();
    });
    return p;
}

QWizardPage* ImportWizard::createPreviewPage()
{
    auto* p = new CheckedPage(this);
    p->setObjectName(QStringLiteral("importPreviewPage"));
    p->setTitle(tr("Check what LoopDesk found"));
    p->setSubTitle(tr("The first rows of the file as LoopDesk reads them. Change anything that is not right; "
                      "nothing is written until you press Import."));
    p->setCommitPage(true);
    p->setButtonText(QWizard::CommitButton, tr("&Import"));
    auto* layout = new QVBoxLayout(p);

    auto* formats = new QHBoxLayout;
    const auto addChoice = [&](const QString& title, const char* name, QComboBox*& combo) {
        auto* label = new QLabel(title, p);
        combo = new QComboBox(p);
        combo->setObjectName(QString::fromLatin1(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(combo);
        combo->setAccessibleName(QString(title).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        formats->addWidget(label);
        formats->addWidget(combo);
        formats->addSpacing(12);
    };
    addChoice(tr("&Format:"), "importPresetCombo", m_preset);
    addChoice(tr("&Encoding:"), "importEncodingCombo", m_encoding);
    addChoice(tr("&Delimiter:"), "importDelimiterCombo", m_delimiter);
    addChoice(tr("D&ates:"), "importDateFormatCombo", m_dateFormat);
    formats->addStretch(1);
    layout->addLayout(formats);

    m_preset->addItem(tr("Recognise"), QString());
    for (const QString& preset : core::PresetDetector::presetNames()) {
        m_preset->addItem(preset, preset);
    }
    m_encoding->addItem(tr("Detect"), QString());
    for (core::TextEncoding e : {core::TextEncoding::Utf8, core::TextEncoding::Utf16LE, core::TextEncoding::Utf16BE,
                                 core::TextEncoding::Windows1250, core::TextEncoding::Windows1252}) {
        m_encoding->addItem(core::encodingName(e), core::encodingName(e));
    }
    m_delimiter->addItem(tr("Detect"), 0);
    for (char d : {',', ';', '\t', '|'}) {
        m_delimiter->addItem(delimiterTitle(d), int(d));
    }
    m_dateFormat->addItem(tr("Detect"), int(core::DateOrder::Undecided));
    m_dateFormat->addItem(dateOrderTitle(core::DateOrder::DayFirst), int(core::DateOrder::DayFirst));
    m_dateFormat->addItem(dateOrderTitle(core::DateOrder::MonthFirst), int(core::DateOrder::MonthFirst));
    for (QComboBox* combo : {m_preset, m_encoding, m_delimiter, m_dateFormat}) {
        connect(combo, &QComboBox::activated, this, [this, combo] {
            if (combo == m_preset) {
                m_fieldChoices.clear(); // another format numbers its columns differently
            }
            examine();
        });
    }

    m_question = new QLabel(p);
    m_question->setObjectName(QStringLiteral("importQuestionLabel"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_question->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid "
                                             "#e0c46c; border-radius: 4px; padding: 6px; }"));
    layout->addWidget(m_question);
    m_notes = new QLabel(p);
    m_notes->setObjectName(QStringLiteral("importNotesLabel"));
    m_notes->setWordWrap(true);
    layout->addWidget(m_notes);

    auto* splitter = new QSplitter(Qt::Horizontal, p);
    auto* mappingBox = new QWidget(splitter);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    auto* mappingTitle = new QLabel(tr("<b>Which column is what</b>"), mappingBox);
    mappingLayout->addWidget(mappingTitle);
    m_mappingForm = new QFormLayout;
    for (core::ImportField field : core::allImportFields()) {
        const QString key = core::importFieldKey(field);
        auto* combo = new QComboBox(mappingBox);
        combo->setObjectName(QStringLiteral("importField_") + key);
        combo->setAccessibleName(tr("Column for %1").arg(fieldTitle(field)));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
        m_fieldCombos.insert(key, combo);
        connect(combo, &QComboBox::activated, this, [this, key, combo] {
            m_fieldChoices.insert(key, combo->currentData().toString());
            examine();
        });
        auto* label = new QLabel(fieldTitle(field) + QLatin1Char(':'), mappingBox);
        label->setBuddy(combo);
        m_mappingForm->addRow(label, combo);
    }
    mappingLayout->addLayout(m_mappingForm);
    m_segments = new QLabel(mappingBox);
    m_segments->setObjectName(QStringLiteral("importSegmentsLabel"));
    m_segments->setWordWrap(true);
    mappingLayout->addWidget(m_segments);
    mappingLayout->addStretch(1);

    m_previewModel = new TextTableModel(this);
    m_preview = new QTableView(splitter);
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_preview->setModel(m_previewModel);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(m_preview->fontMetrics().averageCharWidth() * 25);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    splitter->addWidget(mappingBox);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    p->entered = [this] { examine(); };
    p->complete = [this] {
        return m_examineProblem.isEmpty() && m_inspection.question == core::ImportInspection::Question::None &&
               !m_inspection.mapping.scoreColumns.isEmpty();
    };
    return p;
}

QWizardPage* ImportWizard::createRunPage()
{
    auto* p = new CheckedPage(this);
    p->setObjectName(QStringLiteral("importRunPage"));
    p->setTitle(tr("Importing"));
    p->setSubTitle(tr("Every row is checked and the good ones are written in one go: if you cancel, the database "
                      "stays exactly as it was."));
    p->setCommitPage(true); // once imported, going back would only invite a second import
    p->setButtonText(QWizard::CommitButton, tr("Show summary"));
    auto* layout = new QVBoxLayout(p);
    layout->addStretch(1);
    m_progress = new QProgressBar(p);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_progressText = new QLabel(p);
    m_progressText->setObjectName(QStringLiteral("importProgressLabel"));
    m_progressText->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_progressText);
    auto* row = new QHBoxLayout;
    m_cancelImport = new QPushButton(tr("&Cancel import"), p);
    m_cancelImport->setObjectName(QStringLiteral("cancelImportButton"));
    connect(m_cancelImport, &QPushButton::clicked, this, [this] {
        m_cancel = true;
        m_cancelImport->setEnabled(false);
        m_progressText->setText(tr("Cancelling: undoing what was written…"));
    });
    row->addStretch(1);
    row->addWidget(m_cancelImport);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportWizard::showProgress);
    p->entered = [this] { startImport(); };
    p->complete = [this] { return m_finished; };
    return p;
}

QWizardPage* ImportWizard::createSummaryPage()
{
    auto* p = new CheckedPage(this);
    p->setObjectName(QStringLiteral("importSummaryPage"));
    p->setTitle(tr("Import summary"));
    p->setFinalPage(true);
    auto* layout = new QVBoxLayout(p);
    m_summaryText = new QLabel(p);
    m_summaryText->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summaryText->setWordWrap(true);
    m_summaryText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summaryText);
    m_rejectsModel = new TextTableModel(this);
    m_rejects = new QTableView(p);
    m_rejects->setObjectName(QStringLiteral("importRejectsTable"));
    m_rejects->setAccessibleName(tr("Rejected rows"));
    m_rejects->setModel(m_rejectsModel);
    m_rejects->setWordWrap(false);
    m_rejects->verticalHeader()->hide();
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->verticalHeader()->setDefaultSectionSize(m_rejects->fontMetrics().height() + 8);
    layout->addWidget(m_rejects, 1);
    auto* row = new QHBoxLayout;
    m_saveRejects = new QPushButton(tr("&Save rejected rows…"), p);
    m_saveRejects->setObjectName(QStringLiteral("saveRejectsButton"));
    m_saveRejects->setToolTip(tr("A CSV with the line, column and reason, then the row as it was: fix it and "
                                 "import it again."));
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportWizard::chooseRejectsFile);
    row->addWidget(m_saveRejects);
    row->addStretch(1);
    layout->addLayout(row);
    return p;
}

void ImportWizard::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ImportWizard::chooseFile()
{
    const QString start = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a survey export"), start,
                                                      tr("Survey exports (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty()) {
        setFile(path);
        m_fieldChoices.clear();
    }
}

core::ImportOptions ImportWizard::options() const
{
    core::ImportOptions o;
    o.preset = m_preset->currentData().toString();
    o.waveName = m_wave->text().trimmed();
    o.metric = static_cast<core::Metric>(m_metric->currentData().toInt());
    for (auto it = m_fieldChoices.cbegin(); it != m_fieldChoices.cend(); ++it) {
        if (it.key() == QLatin1String("score") && (it.value().isEmpty() || it.value() == kWide)) {
            continue; // not chosen yet, or the wide table as recognised
        }
        o.maps.append({it.key(), it.value()});
    }
    if (const QString encoding = m_encoding->currentData().toString(); !encoding.isEmpty()) {
        o.encoding = core::encodingFromName(encoding);
    }
    if (const int delimiter = m_delimiter->currentData().toInt(); delimiter != 0) {
        o.delimiter = static_cast<char>(delimiter);
    }
    if (const auto order = static_cast<core::DateOrder>(m_dateFormat->currentData().toInt());
        order != core::DateOrder::Undecided) {
        o.dateOrder = order;
    }
    return o;
}

void ImportWizard::examine()
{
    const QString path = m_file->text().trimmed();
    try {
        m_inspection = core::Importer(m_db, m_clock).examine(path, options());
        m_examineProblem.clear();
    } catch (const core::StorageError& error) {
        m_inspection = {};
        m_examineProblem = error.message();
    }
    showInspection();
    checkedPage(this, PreviewPage)->changed();
}

void ImportWizard::showInspection()
{
    const core::ImportInspection& found = m_inspection;
    const core::ColumnMapping& m = found.mapping;
    const bool readable = m_examineProblem.isEmpty();
    m_preset->setItemText(0, readable ? tr("Recognise (found: %1)").arg(m.preset) : tr("Recognise"));
    m_encoding->setItemText(0,
                            readable ? tr("Detect (found: %1)").arg(core::encodingName(found.encoding)) : tr("Detect"));
    m_delimiter->setItemText(0,
                             readable ? tr("Detect (found: %1)").arg(delimiterTitle(found.delimiter)) : tr("Detect"));
    m_dateFormat->setItemText(0, readable && found.question != core::ImportInspection::Question::DateOrder
                                     ? tr("Detect (found: %1)").arg(dateOrderTitle(found.dateOrder))
                                     : tr("Detect"));

    QString question;
    if (!readable) {
        question = m_examineProblem;
    } else if (found.question == core::ImportInspection::Question::ScoreColumn) {
        QStringList candidates;
        for (int c : m.scoreCandidates) {
            candidates << columnTitle(m, c);
        }
        question = candidates.isEmpty()
                       ? tr("LoopDesk found no column of whole-number scores on the scale of this metric. Choose "
                            "the score column under \"Score\", or check the metric on the previous page.")
                       : tr("Which column holds the score? It could be: %1. Choose it under \"Score\".")
                             .arg(candidates.join(QStringLiteral("; ")));
    } else if (found.question == core::ImportInspection::Question::DateOrder) {
        question = tr("The dates could be read day first or month first (%1). Choose the order under \"Dates\"; "
                      "a date that does not fit it is rejected with its line.")
                       .arg(m.labels.value(m.column(core::ImportField::AnsweredAt)));
    }
    m_question->setText(question);
    m_question->setVisible(!question.isEmpty());
    m_notes->setText(found.warnings.join(QLatin1Char('\n')));
    m_notes->setVisible(!found.warnings.isEmpty());

    fillMappingCombos();

    QStringList segments;
    for (const auto& [dimension, column] : m.segments) {
        segments << tr("%1 ← %2").arg(dimension, columnTitle(m, column));
    }
    m_segments->setText(segments.isEmpty()
                            ? tr("No segment columns recognised. Columns named segment:REGION (or your dimension) "
                                 "become segments.")
                            : tr("Segments: %1").arg(segments.join(QStringLiteral("; "))));

    // The preview, each mapped column marked with its field.
    QStringList headers;
    QStringList tips;
    for (int c = 0; c < m.columns.size(); ++c) {
        QString title = m.labels.value(c, m.columns.value(c));
        if (title.size() > 22) {
            title = title.left(20) + QStringLiteral("…");
        }
        QStringList roles;
        for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
            if (it.value() == c) {
                roles << fieldTitle(it.key());
            }
        }
        if (m.scoreColumns.contains(c)) {
            roles << fieldTitle(core::ImportField::Score);
        }
        for (const auto& [dimension, column] : m.segments) {
            if (column == c) {
                roles << tr("segment %1").arg(dimension);
            }
        }
        // What LoopDesk makes of the column on top, the column itself below.
        headers << (roles.isEmpty() ? QStringLiteral("\n") + title
                                    : QStringLiteral("→ %1\n%2").arg(roles.join(QStringLiteral(", ")), title));
        tips << m.labels.value(c, m.columns.value(c));
    }
    m_previewModel->setTable(headers, found.preview);
    m_previewModel->setHeaderToolTips(tips);
}

void ImportWizard::fillMappingCombos()
{
    const core::ColumnMapping& m = m_inspection.mapping;
    for (core::ImportField field : core::allImportFields()) {
        QComboBox* combo = m_fieldCombos.value(core::importFieldKey(field));
        const QSignalBlocker quiet(combo);
        combo->clear();
        const bool score = field == core::ImportField::Score;
        combo->addItem(score ? tr("— choose the score column —") : tr("— not in this file —"), QString());
        if (score && m.scoreColumns.size() > 1) {
            combo->addItem(tr("All %1 score columns (a wide table)").arg(m.scoreColumns.size()), kWide);
        }
        for (int c = 0; c < m.columns.size(); ++c) {
            combo->addItem(columnTitle(m, c), QString::number(c + 1));
        }
        QString current;
        if (score) {
            current = m.scoreColumns.size() > 1    ? kWide
                      : m.scoreColumns.size() == 1 ? QString::number(m.scoreColumns.first() + 1)
                                                   : QString();
        } else if (m.column(field) >= 0) {
            current = QString::number(m.column(field) + 1);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        combo->setEnabled(!m.columns.isEmpty());
    }
}

void ImportWizard::startImport()
{
    if (m_thread || m_finished) {
        return;
    }
    m_cancel = false;
    m_bytesDone = 0;
    m_bytesTotal = 0;
    m_failure.clear();
    m_cancelImport->setEnabled(true);
    m_progress->setValue(0);
    m_progressText->setText(tr("Reading %1…").arg(QFileInfo(m_file->text().trimmed()).fileName()));
    core::ImportOptions o = options();
    o.progress = [this](qint64 done, qint64 total) {
        m_bytesDone = done;
        m_bytesTotal = total;
        return !m_cancel.load();
    };
    const QString path = m_file->text().trimmed();
    // The import writes through its own connection on a worker thread, so the window stays live.
    m_thread = QThread::create([this, o, path] {
        try {
            const std::unique_ptr<core::Database> connection = m_db.connectAgain();
            m_summary = core::Importer(*connection, m_clock).run(path, o);
        } catch (const core::StorageError& error) {
            m_failure = error.message();
        }
    });
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, this, &ImportWizard::importFinished);
    m_progressTimer->start();
    m_thread->start();
}

void ImportWizard::showProgress()
{
    const qint64 total = m_bytesTotal;
    const qint64 done = m_bytesDone;
    if (total <= 0) {
        return;
    }
    m_progress->setValue(static_cast<int>(done * 1000 / total));
    if (!m_cancel) {
        const QLocale locale;
        m_progressText->setText(
            tr("%1 of %2 read").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
    }
}

void ImportWizard::importFinished()
{
    if (!m_thread) {
        return;
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_progressTimer->stop();
    m_finished = true;
    m_progress->setValue(1000);
    m_cancelImport->setEnabled(false);
    showSummary();
    if (m_failure.isEmpty() && !m_summary.cancelled && m_summary.imported > 0) {
        Q_EMIT imported();
    }
    checkedPage(this, RunPage)->changed();
    if (currentId() == RunPage) {
        next();
    }
}

void ImportWizard::showSummary()
{
    const QLocale locale;
    const core::ImportSummary& s = m_summary;
    QString text;
    if (!m_failure.isEmpty()) {
        text = tr("<p><b>The import stopped.</b> %1</p><p>Nothing was written to the database.</p>")
                   .arg(m_failure.toHtmlEscaped());
    } else if (s.cancelled) {
        text = tr("<p><b>The import was cancelled.</b> Nothing was written to the database.</p>");
    } else {
        text = tr("<p><b>Answers imported: %1</b>, into the wave \"%2\", from %3 rows read.</p>")
                   .arg(locale.toString(s.imported), s.waveName.toHtmlEscaped(), locale.toString(s.rows));
        QStringList details;
        if (s.duplicates > 0) {
            details << tr("Already in the database, so not imported twice: %1.").arg(locale.toString(s.duplicates));
        }
        if (s.commentsTagged > 0) {
            details
                << tr("Comments given a theme by the taxonomy's keywords: %1.").arg(locale.toString(s.commentsTagged));
        }
        if (s.casesOpened > 0) {
            details << tr("Follow-up cases opened in the inbox: %1.").arg(locale.toString(s.casesOpened));
        }
        if (s.rejected > 0) {
            QStringList kinds;
            for (auto it = s.rejectedByKind.cbegin(); it != s.rejectedByKind.cend(); ++it) {
                kinds << QStringLiteral("%1 %2").arg(locale.toString(it.value()), rejectKindTitle(it.key()));
            }
            details << tr("Rows rejected: %1 (%2). Each is listed below with its line and reason.")
                           .arg(locale.toString(s.rejected), kinds.join(QStringLiteral(", ")));
            if (s.rejected > s.rejects.size()) {
                details << tr("Only the first %1 rejected rows are listed.").arg(locale.toString(s.rejects.size()));
            }
        } else {
            details << tr("No row was rejected.");
        }
        for (const QString& warning : s.inspection.warnings) {
            details << warning.toHtmlEscaped();
        }
        text += QStringLiteral("<ul><li>%1</li></ul>").arg(details.join(QStringLiteral("</li><li>")));
    }
    m_summaryText->setText(text);

    QList<QStringList> rows;
    rows.reserve(s.rejects.size());
    for (const core::RejectedRow& r : s.rejects) {
        rows << QStringList{QString::number(r.line), r.column, r.reason, r.fields.join(QStringLiteral(" | "))};
    }
    m_rejectsModel->setTable({tr("Line"), tr("Column"), tr("Reason"), tr("Row as read")}, rows);
    m_rejects->setVisible(!rows.isEmpty());
    m_rejects->resizeColumnsToContents();
    m_saveRejects->setVisible(!rows.isEmpty());
}

QString ImportWizard::saveRejects(const QString& path)
{
    try {
        core::Importer::writeRejects(m_summary, path);
    } catch (const core::StorageError& error) {
        return error.message();
    }
    return {};
}

void ImportWizard::chooseRejectsFile()
{
    const QString suggestion =
        QFileInfo(m_file->text().trimmed())
            .absoluteDir()
            .filePath(QFileInfo(m_file->text()).completeBaseName() + QStringLiteral("-rejected.csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the rejected rows"), suggestion, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString problem = saveRejects(path); !problem.isEmpty()) {
        m_summaryText->setText(m_summaryText->text() + tr("<p><b>Not saved:</b> %1</p>").arg(problem.toHtmlEscaped()));
    }
}

void ImportWizard::reject()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait(); // the import rolls back; nothing of it stays
        importFinished();
    }
    QWizard::reject();
}

} // namespace loopdesk::ui

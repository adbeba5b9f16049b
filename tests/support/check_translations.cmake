# SPDX-FileCopyrightText: 2026 LoopDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation is not complete or a visible text skips tr():
#  1. lupdate, run over the sources into copies of the .ts files, finds no text without a
#     translation (a new tr() not yet translated, or one left unfinished) and nothing obsolete;
#  2. every translation keeps its source's placeholders (%1, %n ...);
#  3. no widget text, title, tooltip or item is a bare string literal (a line may say why with
#     "no-tr:", e.g. a language written in its own name).
# Usage: cmake -DSOURCE_DIR=... -DWORK_DIR=... -DLUPDATE=... -P check_translations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB ts_files "${SOURCE_DIR}/translations/*.ts")
list(LENGTH ts_files ts_count)
if(ts_count LESS 3)
  message(FATAL_ERROR "expected loopdesk_en.ts, loopdesk_pl.ts and loopdesk_it.ts in ${SOURCE_DIR}/translations")
endif()
set(failures "")
foreach(ts IN LISTS ts_files)
  get_filename_component(name "${ts}" NAME)
  file(COPY "${ts}" DESTINATION "${WORK_DIR}")
  execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${WORK_DIR}/${name}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${name}: ${output}")
  endif()
  file(READ "${WORK_DIR}/${name}" updated)
  string(REPLACE ";" "_SEMICOLON_" updated "${updated}") # CMake lists split on semicolons (&quot; has one)
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" unfinished "${updated}")
  foreach(entry IN LISTS unfinished)
    string(REGEX REPLACE "</source>.*" "" entry "${entry}")
    string(REPLACE "<source>" "" entry "${entry}")
    string(APPEND failures "\n  ${name}: no translation for \"${entry}\"")
  endforeach()
  file(READ "${ts}" original)
  string(REPLACE ";" "_SEMICOLON_" original "${original}")
  foreach(kind vanished obsolete)
    string(REGEX MATCHALL "type=\"${kind}\"" stale "${original}")
    list(LENGTH stale stale_count)
    if(stale_count GREATER 0)
      string(APPEND failures "\n  ${name}: ${stale_count} ${kind} entries (run the update_translations target)")
    endif()
  endforeach()
  # Placeholders: the same %-markers on both sides of every plain message.
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*<translation>[^<]*</translation>" pairs "${original}")
  foreach(pair IN LISTS pairs)
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${pair}")
    set(source "${CMAKE_MATCH_1}")
    string(REGEX MATCH "<translation>([^<]*)</translation>" _ "${pair}")
    set(translation "${CMAKE_MATCH_1}")
    string(REGEX MATCHALL "%[0-9n]" source_marks "${source}")
    string(REGEX MATCHALL "%[0-9n]" translation_marks "${translation}")
    list(SORT source_marks)
    list(SORT translation_marks)
    if(NOT "${source_marks}" STREQUAL "${translation_marks}")
      string(APPEND failures "\n  ${name}: \"${translation}\" does not keep the placeholders of \"${source}\"")
    endif()
  endforeach()
endforeach()

file(GLOB_RECURSE widget_sources "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.cpp")
foreach(source IN LISTS widget_sources)
  file(STRINGS "${source}" lines REGEX "(setText|setWindowTitle|addItem|setToolTip|setPlaceholderText|setTitle|setTitleText|setName|setLabel|addTab|addRow|setHeaderLabels|setStatusTip|showMessage|setAccessibleName|addAction|addMenu|QLabel|QPushButton|QCheckBox|QGroupBox|QToolButton|QBarSet|QMessageBox::[a-z]+)\\((this, )?QStringLiteral\\(\"[^\"]*[A-Za-z][A-Za-z]")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "no-tr:")
      file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
      string(STRIP "${line}" line)
      string(APPEND failures "\n  ${shown}: a visible text skips tr(): ${line}")
    endif()
  endforeach()
endforeach()

if(failures)
  message(FATAL_ERROR "Translations are not complete:${failures}")
endif()
message(STATUS "translations complete: ${ts_count} files")

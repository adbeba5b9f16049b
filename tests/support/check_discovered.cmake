# SPDX-FileCopyrightText: 2026 LoopDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a test suite listed no tests: Catch2 2.13's discovery ignores a test binary that
# aborts while listing (e.g. a QApplication without a display) and silently registers nothing.
file(GLOB lists "${TEST_DIR}/*_tests_tests-*.cmake")
list(LENGTH lists suites)
if(suites LESS 3)
  message(FATAL_ERROR "expected the core, ui and cli suites' test lists in ${TEST_DIR}, found ${suites}")
endif()
foreach(list_file IN LISTS lists)
  file(STRINGS "${list_file}" tests REGEX "^add_test")
  list(LENGTH tests count)
  get_filename_component(name "${list_file}" NAME)
  if(count EQUAL 0)
    message(FATAL_ERROR "${name}: no tests were discovered; run the suite's binary with --list-test-names-only")
  endif()
  message(STATUS "${name}: ${count} tests")
endforeach()

# A ';' in a test's name splits it in two for ctest (CMake's list separator), and neither half
# matches the test any more: such a test would silently never run.
if(SOURCE_DIR)
  file(GLOB_RECURSE test_sources "${SOURCE_DIR}/tests/*_test.cpp")
  foreach(source IN LISTS test_sources)
    file(READ "${source}" text)
    string(REGEX MATCH "TEST_CASE\\(\"[^\"]*\\;[^\"]*\"" split_name "${text}")
    if(split_name)
      message(FATAL_ERROR "${source}: a test name contains ';', which ctest splits: ${split_name}")
    endif()
  endforeach()
endif()

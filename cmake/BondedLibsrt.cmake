# SPDX-License-Identifier: GPL-3.0-or-later
# Which libsrt srtdesk_core links: the target `srtdesk_libsrt`.
#
# Default: the system's libsrt (pkg-config srt, Debian's CVE-patched binary package), which
# Debian builds without bonding; GroupConnect services then refuse to start and say why.
#
# SRTDESK_BONDED_LIBSRT=ON: libsrt with ENABLE_BONDING=ON is built from Debian's source
# package (scripts/fetch-bonded-libsrt: a deb-src entry for that purpose only, then
# `apt-get source srt=<version>` into <build>/_deps/bonded-libsrt) as a static library with
# OpenSSL, and linked statically instead. That source (1.5.1-1+deb12u1) lacks the fixes for
# CVE-2026-55868 and CVE-2026-55869 that Debian's binary package has: use it only where
# bonding is needed.
option(SRTDESK_BONDED_LIBSRT
  "Link a libsrt built with bonding (ENABLE_BONDING) from Debian's source package 1.5.1-1+deb12u1, statically. WARNING: that source lacks the fixes for CVE-2026-55868/55869 that Debian's binary package has; OFF (default) keeps the system library."
  OFF)
set(SRTDESK_BONDED_LIBSRT_VERSION "1.5.1-1+deb12u1" CACHE STRING
  "Debian source version of srt built when SRTDESK_BONDED_LIBSRT is ON")

add_library(srtdesk_libsrt INTERFACE)

if(NOT SRTDESK_BONDED_LIBSRT)
  target_link_libraries(srtdesk_libsrt INTERFACE PkgConfig::SRT)
  return()
endif()

message(WARNING "SRTDESK_BONDED_LIBSRT=ON: building libsrt ${SRTDESK_BONDED_LIBSRT_VERSION} with bonding from "
  "Debian's source package. This source lacks the fixes for CVE-2026-55868 and CVE-2026-55869 that Debian's "
  "binary package has. Do not use this build where bonding is not needed.")

set(_srtdesk_srt_cache ${CMAKE_BINARY_DIR}/_deps/bonded-libsrt)
set(_srtdesk_srt_prefix ${_srtdesk_srt_cache}/install)

# Fetch at configure time (needs the network once; cached afterwards), build at build time.
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env SRT_SOURCE_VERSION=${SRTDESK_BONDED_LIBSRT_VERSION}
          ${CMAKE_SOURCE_DIR}/scripts/fetch-bonded-libsrt ${_srtdesk_srt_cache}/source
  RESULT_VARIABLE _srtdesk_fetch_result
  OUTPUT_VARIABLE _srtdesk_fetch_output
  ERROR_VARIABLE _srtdesk_fetch_error)
if(NOT _srtdesk_fetch_result EQUAL 0)
  message(FATAL_ERROR "SRTDESK_BONDED_LIBSRT: fetching Debian's srt source failed:\n"
    "${_srtdesk_fetch_output}${_srtdesk_fetch_error}")
endif()
string(STRIP "${_srtdesk_fetch_output}" _srtdesk_fetch_output)
string(REGEX REPLACE ".*\n" "" _srtdesk_srt_source "${_srtdesk_fetch_output}")
message(STATUS "Bonded libsrt source: ${_srtdesk_srt_source}")

find_package(OpenSSL REQUIRED)
include(ExternalProject)
# Debian's hardening flags (its rules use hardening=+all) for the library we ship inside.
set(_srtdesk_srt_flags "-O2 -g -fstack-protector-strong -D_FORTIFY_SOURCE=2 -fPIC")
ExternalProject_Add(srtdesk_bonded_libsrt_build
  SOURCE_DIR ${_srtdesk_srt_source}
  BINARY_DIR ${_srtdesk_srt_cache}/build
  INSTALL_DIR ${_srtdesk_srt_prefix}
  CMAKE_ARGS
    -DCMAKE_INSTALL_PREFIX=<INSTALL_DIR>
    -DCMAKE_INSTALL_LIBDIR=lib
    -DCMAKE_BUILD_TYPE=None
    -DCMAKE_C_FLAGS=${_srtdesk_srt_flags}
    -DCMAKE_CXX_FLAGS=${_srtdesk_srt_flags}
    -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
    -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
    -DCMAKE_C_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
    -DENABLE_BONDING=ON
    -DENABLE_SHARED=OFF
    -DENABLE_STATIC=ON
    -DENABLE_APPS=OFF
    -DENABLE_UNITTESTS=OFF
    -DENABLE_ENCRYPTION=ON
    -DUSE_ENCLIB=openssl
  BUILD_BYPRODUCTS ${_srtdesk_srt_prefix}/lib/libsrt.a
  LOG_CONFIGURE ON
  LOG_BUILD ON
  LOG_INSTALL ON
  LOG_OUTPUT_ON_FAILURE ON)

# The include directory exists only after the build; an imported target needs it now.
file(MAKE_DIRECTORY ${_srtdesk_srt_prefix}/include)
add_library(srtdesk_bonded_srt STATIC IMPORTED GLOBAL)
set_target_properties(srtdesk_bonded_srt PROPERTIES
  IMPORTED_LOCATION ${_srtdesk_srt_prefix}/lib/libsrt.a
  INTERFACE_INCLUDE_DIRECTORIES ${_srtdesk_srt_prefix}/include
  INTERFACE_LINK_LIBRARIES "OpenSSL::SSL;OpenSSL::Crypto;Threads::Threads")
add_dependencies(srtdesk_libsrt srtdesk_bonded_libsrt_build)
target_link_libraries(srtdesk_libsrt INTERFACE srtdesk_bonded_srt)
target_compile_definitions(srtdesk_libsrt INTERFACE SRTDESK_BONDED_LIBSRT=1)

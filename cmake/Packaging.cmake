# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules and the Debian package of SRT Desk (CPack DEB), included at the end of the
# top-level CMakeLists.txt, after app/ has defined the targets srtdesk and srtdeskd.
#
#   cmake --build build && (cd build && cpack -G DEB)      ->  build/srtdesk_<version>-1_<arch>.deb
#
# The package: /usr/bin/srtdesk and /usr/bin/srtdeskd, the desktop entry, the icon (SVG + hicolor
# PNGs), AppStream metainfo, manual pages, the systemd unit srtdeskd.service (system user srtdesk,
# state in /var/lib/srtdesk) and its options file /etc/default/srtdeskd (a conffile).
# Sources of all of these are in packaging/; tests/packaging/ builds, checks, installs and removes it.

include(GNUInstallDirs)

set(SRTDESK_PACKAGING_DIR ${CMAKE_SOURCE_DIR}/packaging)
set(SRTDESK_APP_ID io.github.srtdesk.SrtDesk)
# Date of the release ${PROJECT_VERSION}: manual pages, AppStream <release>, Debian changelog.
# Update it together with the version in project().
set(SRTDESK_RELEASE_DATE 2026-11-26)

# The project's own addresses, never a person's (they are also in packaging/copyright's
# Upstream-Contact and Source). Who rebuilds the package for their own distribution sets
# SRTDESK_PACKAGE_MAINTAINER to themselves.
set(SRTDESK_PACKAGE_MAINTAINER "SRT Desk maintainers <maintainers@srtdesk.org>"
    CACHE STRING "Maintainer field of the Debian package (Name <address>)")
set(SRTDESK_PACKAGE_REVISION 1 CACHE STRING "Debian revision of the package (the part after the '-')")
set(SRTDESK_HOMEPAGE_URL "https://github.com/srtdesk/srtdesk"
    CACHE STRING "Home page of the project (Debian Homepage field, AppStream url)")
set(SRTDESK_BUGTRACKER_URL "${SRTDESK_HOMEPAGE_URL}/issues"
    CACHE STRING "Where to report problems (AppStream bugtracker url)")
set(SRTDESK_SCREENSHOT_URL
    "https://raw.githubusercontent.com/srtdesk/srtdesk/main/docs/screenshots/main-window.png"
    CACHE STRING "Public address of docs/screenshots/main-window.png, for the AppStream screenshot")
# Debian 12 keeps system units in /lib/systemd/system (pkg-config systemd systemdsystemunitdir).
set(SRTDESK_SYSTEMD_UNIT_DIR /lib/systemd/system CACHE PATH "Where srtdeskd.service is installed")

# --- programs -----------------------------------------------------------------------------------
foreach(target srtdesk srtdeskd)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "Packaging.cmake: target ${target} is not defined; include this file after add_subdirectory(app)")
  endif()
endforeach()
install(TARGETS srtdesk srtdeskd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Debian's usual hardening of installed programs: read-only relocations resolved at start.
foreach(target srtdesk srtdeskd)
  target_link_options(${target} PRIVATE LINKER:-z,relro LINKER:-z,now)
endforeach()

# --- generated files: metainfo, manual pages, changelog -----------------------------------------
find_program(SRTDESK_GZIP gzip REQUIRED)
execute_process(COMMAND date -u -R -d "${SRTDESK_RELEASE_DATE} 12:00:00"
                OUTPUT_VARIABLE SRTDESK_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
                COMMAND_ERROR_IS_FATAL ANY)
set(SRTDESK_DEB_VERSION ${PROJECT_VERSION}-${SRTDESK_PACKAGE_REVISION})
set(SRTDESK_PKG_BUILD_DIR ${CMAKE_BINARY_DIR}/packaging)

configure_file(${SRTDESK_PACKAGING_DIR}/${SRTDESK_APP_ID}.metainfo.xml.in
               ${SRTDESK_PKG_BUILD_DIR}/${SRTDESK_APP_ID}.metainfo.xml @ONLY)

set(_srtdesk_gz_outputs)
# srtdesk_gzip(<configured file>): <file>.gz, compressed the Debian way (-9, no name or timestamp).
function(srtdesk_gzip input)
  add_custom_command(OUTPUT ${input}.gz
                     COMMAND ${SRTDESK_GZIP} -9 -n -c ${input} > ${input}.gz
                     DEPENDS ${input}
                     COMMENT "Compressing ${input}"
                     VERBATIM)
  set(_srtdesk_gz_outputs ${_srtdesk_gz_outputs} ${input}.gz PARENT_SCOPE)
endfunction()

foreach(page srtdesk.1 srtdeskd.1)
  configure_file(${SRTDESK_PACKAGING_DIR}/${page}.in ${SRTDESK_PKG_BUILD_DIR}/${page} @ONLY)
  srtdesk_gzip(${SRTDESK_PKG_BUILD_DIR}/${page})
endforeach()

configure_file(${SRTDESK_PACKAGING_DIR}/changelog.in ${SRTDESK_PKG_BUILD_DIR}/changelog.Debian @ONLY)
srtdesk_gzip(${SRTDESK_PKG_BUILD_DIR}/changelog.Debian)

add_custom_target(srtdesk_packaging_files ALL DEPENDS ${_srtdesk_gz_outputs})

# --- desktop integration --------------------------------------------------------------------------
# The desktop file id (srtdesk.desktop) is what app/gui/main.cpp gives QGuiApplication::setDesktopFileName:
# on Wayland the window's app id, which shells match to this file for its name and icon.
install(FILES ${SRTDESK_PACKAGING_DIR}/srtdesk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SRTDESK_PKG_BUILD_DIR}/${SRTDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/srtdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/srtdesk.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- documentation -----------------------------------------------------------------------------
install(FILES ${SRTDESK_PKG_BUILD_DIR}/srtdesk.1.gz ${SRTDESK_PKG_BUILD_DIR}/srtdeskd.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${SRTDESK_PACKAGING_DIR}/copyright ${SRTDESK_PKG_BUILD_DIR}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/srtdesk)
install(FILES ${SRTDESK_PACKAGING_DIR}/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME srtdesk)

# --- the daemon as a system service ----------------------------------------------------------
# Absolute destinations: packages put these outside the /usr prefix.
install(FILES ${SRTDESK_PACKAGING_DIR}/srtdeskd.service DESTINATION ${SRTDESK_SYSTEMD_UNIT_DIR})
install(FILES ${SRTDESK_PACKAGING_DIR}/srtdeskd.default DESTINATION /etc/default RENAME srtdeskd)

# --- CPack: the Debian package ------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME srtdesk)
set(CPACK_PACKAGE_VENDOR "SRT Desk contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${SRTDESK_HOMEPAGE_URL})
set(CPACK_PACKAGE_CONTACT ${SRTDESK_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_PACKAGE_NAME srtdesk)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${SRTDESK_PACKAGE_REVISION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${SRTDESK_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${SRTDESK_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
SRT Desk is a control room for SRT (Secure Reliable Transport) links, for
broadcast operators who carry live video over the internet. RX services take
SRT in and put UDP or multicast out; TX services take UDP or multicast in and
send SRT out. Every service runs as a relay inside one process, reconnects by
itself and starts again after a restart if it was running.

This package contains two programs over one engine:
 * srtdesk, a Qt desktop window (English or Spanish) that lists the services
   with live link statistics and starts, stops and edits them;
 * srtdeskd, a headless daemon serving the /v1 REST API for remote control,
   with a hardened systemd service that runs it as the system user srtdesk.
]=])
# Depends: the libraries the binaries link (dpkg-shlibdeps) plus what is loaded at run time or
# used by the maintainer scripts, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "srt-tools")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${SRTDESK_PACKAGING_DIR}/debian/conffiles
    ${SRTDESK_PACKAGING_DIR}/debian/postinst
    ${SRTDESK_PACKAGING_DIR}/debian/prerm
    ${SRTDESK_PACKAGING_DIR}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Only the binaries and data above; no source package.
set(CPACK_SOURCE_GENERATOR "")
include(CPack)

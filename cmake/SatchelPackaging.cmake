# Packaging with CPack. Two install components:
#   client  the desktop app: satchel, satchel-cli, desktop entry, hicolor icons, AppStream
#           metainfo, the .satchel MIME type (translations are compiled into the binary)
#   server  satchel-syncd with its hardened systemd unit, /etc/satchel/syncd.conf (a conffile,
#           no secrets) and maintainer scripts that create the service's system user
#
# Linux: `cpack -G DEB` makes satchel_<v>_<arch>.deb and satchel-syncd_<v>_<arch>.deb (the install
# test, tests/install, builds, installs and lints them in a clean Debian 12 root).
# Windows (NSIS) and macOS (DragNDrop) settings are below; they package the client only and
# have never been built here (no Windows or macOS machine): docs/operations.md says so.
set(satchel_pkg_dir ${PROJECT_SOURCE_DIR}/installers)
set(satchel_pkg_gen ${PROJECT_BINARY_DIR}/packaging)

# ---- files of the packages that live under installers/ -------------------------------------
if(SATCHEL_BUILD_CLIENT)
  configure_file(${satchel_pkg_dir}/linux/satchel.metainfo.xml
                 ${satchel_pkg_gen}/invalid.satchel.Satchel.metainfo.xml @ONLY)
  install(FILES ${satchel_pkg_gen}/invalid.satchel.Satchel.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT client)
  install(FILES ${satchel_pkg_dir}/linux/satchel-mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME satchel.xml COMPONENT client)
endif()

if(SATCHEL_BUILD_SERVER)
  # Debian 12 looks for packaged units in /usr/lib/systemd/system (the prefix is /usr when
  # packaging); the configuration is always /etc/satchel, whatever the prefix.
  install(FILES ${satchel_pkg_dir}/linux/satchel-syncd.service
          DESTINATION lib/systemd/system COMPONENT server)
  install(FILES ${satchel_pkg_dir}/linux/syncd.conf DESTINATION /etc/satchel
          PERMISSIONS OWNER_READ OWNER_WRITE COMPONENT server)
  install(FILES ${PROJECT_SOURCE_DIR}/docs/operations.md
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/satchel-syncd COMPONENT server)
endif()

# Debian wants a copyright file and a compressed changelog in /usr/share/doc/<package>/.
function(satchel_debian_docs component package)
  set(SATCHEL_DEB_PACKAGE ${package})
  set(dir ${satchel_pkg_gen}/doc/${package})
  configure_file(${satchel_pkg_dir}/linux/changelog.in ${dir}/changelog @ONLY)
  execute_process(COMMAND gzip -9nf ${dir}/changelog RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "gzip of ${dir}/changelog failed")
  endif()
  install(FILES ${satchel_pkg_dir}/linux/copyright ${dir}/changelog.gz
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
endfunction()

# ---- common CPack settings -----------------------------------------------------------------
set(CPACK_PACKAGE_NAME satchel)
set(CPACK_PACKAGE_VENDOR "Satchel")
set(CPACK_PACKAGE_CONTACT "Satchel maintainers <maintainers@satchel.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Satchel)
set(CPACK_PACKAGE_EXECUTABLES satchel Satchel)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Satchel")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION "Offline-first learning app
Satchel downloads courses (videos, readings and quizzes) from a school's sync
server and lets students learn with no connection; progress is kept locally
first and synchronised whenever a connection exists. Instructors author and
publish courses in the same app. Includes satchel-cli for scripts.")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Satchel sync server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION "Sync server for the Satchel learning system
satchel-syncd serves accounts, courses, progress sync and push notifications to
Satchel apps, on PostgreSQL and an S3-compatible store or a local folder. This
package runs it as a hardened systemd service under its own system user.")

if(WIN32 OR APPLE)
  set(CPACK_COMPONENTS_ALL client)
else()
  set(CPACK_COMPONENTS_ALL)
  if(SATCHEL_BUILD_CLIENT)
    list(APPEND CPACK_COMPONENTS_ALL client)
    satchel_debian_docs(client satchel)
  endif()
  if(SATCHEL_BUILD_SERVER)
    list(APPEND CPACK_COMPONENTS_ALL server)
    satchel_debian_docs(server satchel-syncd)
  endif()
endif()

# ---- Debian (the packages this machine builds and tests) -----------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME satchel)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION education)
# Plugins dpkg-shlibdeps cannot see: SQLite driver, X11/Wayland platforms, GStreamer playback.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "gstreamer1.0-libav, gnome-keyring")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME satchel-syncd)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql (>= 15), nginx | apache2")
# Maintainer scripts are copied under their Debian names; conffiles marks the configuration
# so an upgrade never overwrites an administrator's edits.
set(satchel_deb_control ${satchel_pkg_gen}/deb-server)
file(MAKE_DIRECTORY ${satchel_deb_control})
foreach(script postinst prerm postrm)
  file(COPY_FILE ${satchel_pkg_dir}/linux/syncd-${script} ${satchel_deb_control}/${script})
endforeach()
file(WRITE ${satchel_deb_control}/conffiles "/etc/satchel/syncd.conf\n")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${satchel_deb_control}/postinst ${satchel_deb_control}/prerm ${satchel_deb_control}/postrm
    ${satchel_deb_control}/conffiles)

# ---- Windows: NSIS (not built here) --------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "Satchel")
set(CPACK_NSIS_DISPLAY_NAME "Satchel")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\satchel.exe)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN satchel.exe)
# The .satchel file type, registered per machine and removed on uninstall. Backslashes and
# quotes are escaped twice: once for this file, once for the generated CPackConfig.cmake.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR '.satchel' '' 'Satchel.Course'
  WriteRegStr HKCR 'Satchel.Course' '' 'Satchel course'
  WriteRegStr HKCR 'Satchel.Course\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\satchel.exe,0'
  WriteRegStr HKCR 'Satchel.Course\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\satchel.exe\\\" \\\"%1\\\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR 'Satchel.Course'
  DeleteRegKey HKCR '.satchel'
")

# ---- macOS: DragNDrop (not built here) -----------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Satchel")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE AND TARGET satchel)
  # The bundle's Info.plist declares the .satchel document type.
  set_target_properties(satchel PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${satchel_pkg_dir}/macos/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME Satchel
    MACOSX_BUNDLE_GUI_IDENTIFIER invalid.satchel.Satchel
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
endif()

# On Windows and macOS the Qt libraries and plugins travel with the app (windeployqt /
# macdeployqt through Qt's deploy script); Debian packages depend on Debian's Qt instead.
if((WIN32 OR APPLE) AND TARGET satchel)
  qt_generate_deploy_app_script(TARGET satchel OUTPUT_SCRIPT satchel_deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${satchel_deploy_script} COMPONENT client)
endif()

if(WIN32)
  set(CPACK_GENERATOR NSIS)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB)
endif()
include(CPack)

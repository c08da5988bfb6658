# CPack: Debian packages for the client and the server (installers/ holds the rest).
set(CPACK_PACKAGE_NAME satchel)
set(CPACK_PACKAGE_VENDOR "Satchel")
set(CPACK_PACKAGE_CONTACT "Satchel maintainers <maintainers@satchel.invalid>")
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)

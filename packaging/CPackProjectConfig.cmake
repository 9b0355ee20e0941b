# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE). The Debian package installs under /usr; the
# tarball keeps relative paths (bin/, share/) so it can be unpacked anywhere.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()

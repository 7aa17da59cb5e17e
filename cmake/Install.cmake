# What `cmake --install` puts under the prefix besides the compiler and the
# runtimes (their install() rules sit next to their targets): the public
# headers, the CMake package, wasmc.pc, the man page and the docs. The tree
# is relocatable: wasmc finds lib/wasmc/<triple> relative to itself, and the
# package and wasmc.pc compute their prefix from where they are.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY ${CMAKE_SOURCE_DIR}/rtlib/include/wasmc
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT compiler)

set(_wasmc_cmake_dir lib/cmake/wasmc)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/wasmcConfig.cmake.in
  ${CMAKE_BINARY_DIR}/cmake/wasmcConfig.cmake
  INSTALL_DESTINATION ${_wasmc_cmake_dir}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/cmake/wasmcConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/cmake/wasmcConfig.cmake
              ${CMAKE_BINARY_DIR}/cmake/wasmcConfigVersion.cmake
        DESTINATION ${_wasmc_cmake_dir} COMPONENT compiler)

configure_file(${CMAKE_CURRENT_LIST_DIR}/wasmc.pc.in
               ${CMAKE_BINARY_DIR}/cmake/wasmc.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/cmake/wasmc.pc
        DESTINATION lib/pkgconfig COMPONENT compiler)

# The man page, from `wasmc --help` and `--version` (help2man), so it says
# what the binary does.
find_program(WASMC_HELP2MAN help2man)
if(WASMC_HELP2MAN)
  set(_wasmc_man ${CMAKE_BINARY_DIR}/man/wasmc.1)
  add_custom_command(
    OUTPUT ${_wasmc_man}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND ${WASMC_HELP2MAN} --no-info --no-discard-stderr
            --name "compile WebAssembly modules ahead of time to native code"
            --include ${CMAKE_CURRENT_LIST_DIR}/wasmc.h2m
            --output ${_wasmc_man} $<TARGET_FILE:wasmc>
    DEPENDS wasmc ${CMAKE_CURRENT_LIST_DIR}/wasmc.h2m
    COMMENT "Generating the wasmc(1) man page"
    VERBATIM)
  add_custom_target(wasmc-man ALL DEPENDS ${_wasmc_man})
  install(FILES ${_wasmc_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
          COMPONENT compiler)
else()
  message(STATUS "wasmc: help2man not found; no man page (install help2man)")
endif()

install(FILES ${CMAKE_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT compiler)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT compiler)
# The example projects (examples/hello.c and its CMakeLists.txt belong to
# the build: quickstart's demo).
install(DIRECTORY ${CMAKE_SOURCE_DIR}/examples/embed-cmake
                  ${CMAKE_SOURCE_DIR}/examples/make-pipeline
                  ${CMAKE_SOURCE_DIR}/examples/multi-host
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT compiler)

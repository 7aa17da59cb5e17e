# `cpack` (in the build directory) makes Debian packages of the install tree:
#   wasmc                     the compiler, the host runtimes, the headers,
#                             the CMake package, wasmc.pc, the man page, docs
#   wasmc-aarch64-linux-gnu   the AArch64 runtimes for --target
#                             aarch64-linux-gnu (when they were built)
# Depends of the main package come from dpkg-shlibdeps (the runtime
# libraries wasmc and librtlib.so load, e.g. libllvm19, never -dev
# packages), plus libc6-dev: the C start files and libc.so that executables
# are linked against. tools/package-smoke.sh installs and tests them.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wasmc)
set(CPACK_PACKAGE_VENDOR "wasmc developers")
set(CPACK_PACKAGE_CONTACT "wasmc developers <wasmc@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "ahead-of-time WebAssembly compiler producing sandboxed native programs")
set(CPACK_PACKAGE_DESCRIPTION
    "wasmc compiles a validated WebAssembly module to a native executable or shared object (x86-64 and AArch64 Linux), linked in process against a small runtime implementing WASI preview1, memories, tables and traps.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/wasmc/wasmc")

set(CPACK_COMPONENTS_ALL compiler)
set(CPACK_DEBIAN_COMPILER_PACKAGE_NAME wasmc)
set(CPACK_DEBIAN_COMPILER_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPILER_PACKAGE_DEPENDS "libc6-dev")
# crtbeginS.o/crtendS.o and libgcc.a: used when present (docs/cli.md).
set(CPACK_DEBIAN_COMPILER_PACKAGE_RECOMMENDS "libgcc-12-dev")
set(CPACK_DEBIAN_COMPILER_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
if(TARGET rtlib_aarch64)
  list(APPEND CPACK_COMPONENTS_ALL aarch64)
  set(CPACK_DEBIAN_AARCH64_PACKAGE_NAME wasmc-aarch64-linux-gnu)
  # Foreign-architecture objects: dpkg-shlibdeps cannot read them.
  set(CPACK_DEBIAN_AARCH64_PACKAGE_SHLIBDEPS OFF)
  set(CPACK_DEBIAN_AARCH64_PACKAGE_DEPENDS
      "wasmc (= ${PROJECT_VERSION}), libc6-dev-arm64-cross")
  set(CPACK_DEBIAN_AARCH64_PACKAGE_RECOMMENDS "libgcc-12-dev-arm64-cross")
  set(CPACK_DEBIAN_AARCH64_DESCRIPTION
      "AArch64 Linux runtimes of wasmc (wasmc --target aarch64-linux-gnu).")
endif()
include(CPack)

# `ninja check-package`: make the packages, install them and use them from
# a scratch directory (tools/package-smoke.sh; tools/check.sh runs it).
set(_wasmc_installed_targets wasmc rtlib rtlib_shared)
foreach(_t wasmc-man examples rtlib_aarch64 rtlib_shared_aarch64)
  if(TARGET ${_t})
    list(APPEND _wasmc_installed_targets ${_t})
  endif()
endforeach()
add_custom_target(check-package
  COMMAND ${CMAKE_SOURCE_DIR}/tools/package-smoke.sh ${CMAKE_BINARY_DIR}
  DEPENDS ${_wasmc_installed_targets}
  COMMENT "Packaging smoke test: cpack, install, hello, the examples"
  USES_TERMINAL)

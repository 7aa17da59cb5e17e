# A CMake toolchain file that configures the standalone rtlib build
# (rtlib/CMakeLists.txt) as if on a Mac, from Linux: clang targets macOS and
# sees only the macOS headers of tools/macos-headers.sh. It exercises the
# build's Apple branch (the one a Mac takes) without a Mac:
#
#   cmake -S rtlib -B build-rtlib-macos -G Ninja \
#     -DCMAKE_TOOLCHAIN_FILE=$PWD/tools/macos-cross.cmake [-DWASMC_MACOS_ARCH=x86_64]
#   ninja -C build-rtlib-macos   # lib/wasmc/<arch>-apple-macos/librtlib.a
#
# wasmc's own build makes the same runtimes as rtlib_macos_aarch64/_x86_64
# when WASMC_MACOS_ZIG_LIB is set; this file is for checking the
# standalone route. Variables: WASMC_MACOS_ARCH (arm64, default, or x86_64),
# WASMC_MACOS_ZIG_LIB (default ~/.cache/wasmc/macos-headers/lib), and
# CMAKE_CXX_COMPILER (default clang++-19).
set(CMAKE_SYSTEM_NAME Darwin)
if(NOT WASMC_MACOS_ARCH)
  set(WASMC_MACOS_ARCH arm64)
endif()
if(NOT WASMC_MACOS_ZIG_LIB)
  set(WASMC_MACOS_ZIG_LIB "$ENV{HOME}/.cache/wasmc/macos-headers/lib")
endif()
# try_compile re-reads this file in a fresh project: pass the choices on.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES WASMC_MACOS_ARCH WASMC_MACOS_ZIG_LIB)
set(CMAKE_SYSTEM_PROCESSOR ${WASMC_MACOS_ARCH})
set(CMAKE_OSX_ARCHITECTURES ${WASMC_MACOS_ARCH})
if(WASMC_MACOS_ARCH STREQUAL "arm64")
  set(_hdr_arch aarch64)
  set(CMAKE_OSX_DEPLOYMENT_TARGET 11.0)
else()
  set(_hdr_arch x86_64)
  set(CMAKE_OSX_DEPLOYMENT_TARGET 10.15)
endif()
set(CMAKE_CXX_COMPILER_TARGET ${WASMC_MACOS_ARCH}-apple-macos${CMAKE_OSX_DEPLOYMENT_TARGET})
if(NOT CMAKE_CXX_COMPILER)
  set(CMAKE_CXX_COMPILER clang++-19)
endif()
find_program(_llvm_ar NAMES llvm-ar-19 llvm-ar)
find_program(_llvm_ranlib NAMES llvm-ranlib-19 llvm-ranlib)
set(CMAKE_AR ${_llvm_ar})
set(CMAKE_RANLIB ${_llvm_ranlib})
# No linker for Mach-O programs is assumed: configure checks compile only.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-resource-dir
  OUTPUT_VARIABLE _resource_dir OUTPUT_STRIP_TRAILING_WHITESPACE)
set(_z ${WASMC_MACOS_ZIG_LIB})
set(CMAKE_CXX_FLAGS_INIT
  "-nostdinc -isystem ${_z}/libcxx/include -isystem ${_resource_dir}/include \
-isystem ${_z}/libc/include/${_hdr_arch}-macos.11-none \
-isystem ${_z}/libc/include/any-macos.11-any -isystem ${_z}/libc/include/any-macos-any \
-D_LIBCPP_ABI_VERSION=1 -D_LIBCPP_ABI_NAMESPACE=__1 \
-D_LIBCPP_DISABLE_VISIBILITY_ANNOTATIONS -D_LIBCPP_HAS_NO_VENDOR_AVAILABILITY_ANNOTATIONS")

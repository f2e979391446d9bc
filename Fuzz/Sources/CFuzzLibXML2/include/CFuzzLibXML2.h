#ifndef CFUZZ_LIBXML2_H
#define CFUZZ_LIBXML2_H
#include <stddef.h>
#include <stdint.h>
/* Drives Lignum's libxml2 C API with one fuzz input, as a C program would. */
int lignum_fuzz_libxml2(const uint8_t *data, size_t size);
#endif

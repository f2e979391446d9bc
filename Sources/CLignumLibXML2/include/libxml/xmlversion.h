/*
 * Lignum's libxml2-compatible C interface: the version this interface reproduces and the
 * optional modules it reports as built in (the same set as Debian 12's libxml2 2.9.14).
 */
#ifndef LIGNUM_LIBXML_XMLVERSION_H
#define LIGNUM_LIBXML_XMLVERSION_H

#include <libxml/xmlexports.h>

/* Version of the libxml2 interface, as a string, a number and a numeric string. */
#define LIBXML_DOTTED_VERSION "2.9.14"
#define LIBXML_VERSION 20914
#define LIBXML_VERSION_STRING "20914"
#define LIBXML_VERSION_EXTRA ""
/* Checks at run time that the library matches these headers. */
#define LIBXML_TEST_VERSION xmlCheckVersion(20914);

/* Modules and features reported as present. */
#define WITHOUT_TRIO
#define LIBXML_THREAD_ENABLED
#define LIBXML_TREE_ENABLED
#define LIBXML_OUTPUT_ENABLED
#define LIBXML_PUSH_ENABLED
#define LIBXML_READER_ENABLED
#define LIBXML_PATTERN_ENABLED
#define LIBXML_WRITER_ENABLED
#define LIBXML_SAX1_ENABLED
#define LIBXML_FTP_ENABLED
#define LIBXML_HTTP_ENABLED
#define LIBXML_VALID_ENABLED
#define LIBXML_HTML_ENABLED
#define LIBXML_LEGACY_ENABLED
#define LIBXML_C14N_ENABLED
#define LIBXML_CATALOG_ENABLED
#define LIBXML_DOCB_ENABLED
#define LIBXML_XPATH_ENABLED
#define LIBXML_XPTR_ENABLED
#define LIBXML_XINCLUDE_ENABLED
#define LIBXML_ICONV_ENABLED
#define LIBXML_ICU_ENABLED
#define LIBXML_ISO8859X_ENABLED
#define LIBXML_DEBUG_ENABLED
#define LIBXML_UNICODE_ENABLED
#define LIBXML_REGEXP_ENABLED
#define LIBXML_AUTOMATA_ENABLED
#define LIBXML_SCHEMAS_ENABLED
#define LIBXML_SCHEMATRON_ENABLED
#define LIBXML_MODULES_ENABLED
#define LIBXML_MODULE_EXTENSION ".so"
#define LIBXML_ZLIB_ENABLED
#define LIBXML_LZMA_ENABLED

/* Compiler annotations used by the declarations of the other headers. */
#ifndef ATTRIBUTE_UNUSED
#define ATTRIBUTE_UNUSED __attribute__((unused))
#endif

/* As with libxml2, allocation sizes are annotated for GCC but not for Clang. */
#ifndef LIBXML_ATTR_ALLOC_SIZE
#if defined(__GNUC__) && !defined(__clang__)
#define LIBXML_ATTR_ALLOC_SIZE(x) __attribute__((alloc_size(x)))
#else
#define LIBXML_ATTR_ALLOC_SIZE(x)
#endif
#endif

#ifndef LIBXML_ATTR_FORMAT
#if defined(__GNUC__) || defined(__clang__)
#define LIBXML_ATTR_FORMAT(fmt, args) __attribute__((__format__(__printf__, fmt, args)))
#else
#define LIBXML_ATTR_FORMAT(fmt, args)
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Checks that the library is compatible with the given version. */
XMLPUBFUN void XMLCALL xmlCheckVersion(int version);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLVERSION_H */

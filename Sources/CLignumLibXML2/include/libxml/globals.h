/*
 * Lignum's libxml2-compatible C interface: the per-thread settings and defaults. With
 * threads enabled, each name below refers to the calling thread's copy through an
 * accessor function.
 */
#ifndef LIGNUM_LIBXML_GLOBALS_H
#define LIGNUM_LIBXML_GLOBALS_H

/*
 * The headers of the core group (tree, parser, globals, xmlIO, encoding, entities, valid,
 * xmlerror, hash, dict, xmlregexp, xmlautomata, xmlmemory, threads, SAX2, xlink) depend on
 * one another; including any of them gives all of them, as with libxml2. Each member first
 * includes only what its own definitions need. The first member entered sets
 * LIGNUM_LIBXML_CORE_BUSY and its own LIGNUM_LIBXML_CORE_OUTER_ marker; once its
 * definitions are complete it clears both and includes this header, which brings in the
 * rest of the group. So the rest is never pulled in while a member is half-defined.
 * The functions of each member follow its include guard and are declared only while
 * LIGNUM_LIBXML_CORE_BUSY is clear, that is once the group is complete; the end of this
 * header then includes every member again to declare the functions still missing.
 */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_GLOBALS
#endif

#include <libxml/xmlversion.h>
#include <libxml/xmlmemory.h>
#include <libxml/threads.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
#include <libxml/encoding.h>
#include <libxml/xmlIO.h>
#include <libxml/SAX2.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Replaceable constructors of file-backed input and output buffers. */
typedef xmlParserInputBufferPtr (*xmlParserInputBufferCreateFilenameFunc)(const char *URI,
                                                                         xmlCharEncoding enc);
typedef xmlOutputBufferPtr (*xmlOutputBufferCreateFilenameFunc)(const char *URI,
                                                               xmlCharEncodingHandlerPtr encoder,
                                                               int compression);

/* Called after a node is created and before one is freed. */
typedef void (*xmlRegisterNodeFunc)(xmlNodePtr node);
typedef void (*xmlDeregisterNodeFunc)(xmlNodePtr node);

/* One thread's copy of the settings and defaults. */
typedef struct _xmlGlobalState xmlGlobalState;
typedef xmlGlobalState *xmlGlobalStatePtr;
struct _xmlGlobalState {
    const char *xmlParserVersion;
    xmlSAXLocator xmlDefaultSAXLocator;
    xmlSAXHandlerV1 xmlDefaultSAXHandler;
    xmlSAXHandlerV1 docbDefaultSAXHandler;
    xmlSAXHandlerV1 htmlDefaultSAXHandler;
    xmlFreeFunc xmlFree;
    xmlMallocFunc xmlMalloc;
    xmlStrdupFunc xmlMemStrdup;
    xmlReallocFunc xmlRealloc;
    xmlGenericErrorFunc xmlGenericError;
    xmlStructuredErrorFunc xmlStructuredError;
    void *xmlGenericErrorContext;
    int oldXMLWDcompatibility;
    xmlBufferAllocationScheme xmlBufferAllocScheme;
    int xmlDefaultBufferSize;
    int xmlSubstituteEntitiesDefaultValue;
    int xmlDoValidityCheckingDefaultValue;
    int xmlGetWarningsDefaultValue;
    int xmlKeepBlanksDefaultValue;
    int xmlLineNumbersDefaultValue;
    int xmlLoadExtDtdDefaultValue;
    int xmlParserDebugEntities;
    int xmlPedanticParserDefaultValue;
    int xmlSaveNoEmptyTags;
    int xmlIndentTreeOutput;
    const char *xmlTreeIndentString;
    xmlRegisterNodeFunc xmlRegisterNodeDefaultValue;
    xmlDeregisterNodeFunc xmlDeregisterNodeDefaultValue;
    xmlMallocFunc xmlMallocAtomic;
    xmlError xmlLastError;
    xmlParserInputBufferCreateFilenameFunc xmlParserInputBufferCreateFilenameValue;
    xmlOutputBufferCreateFilenameFunc xmlOutputBufferCreateFilenameValue;
    void *xmlStructuredErrorContext;
};

/*
 * Per-thread names resolve through accessor functions (declared with the functions of this
 * header). The variables themselves are declared instead for the library's own sources,
 * which define IN_LIBXML, and when threads are disabled.
 */
#if defined(LIBXML_THREAD_ENABLED) && !defined(IN_LIBXML)
#define xmlParserVersion (*(__xmlParserVersion()))
#define xmlDefaultSAXLocator (*(__xmlDefaultSAXLocator()))
#define xmlDefaultSAXHandler (*(__xmlDefaultSAXHandler()))
#define docbDefaultSAXHandler (*(__docbDefaultSAXHandler()))
#define htmlDefaultSAXHandler (*(__htmlDefaultSAXHandler()))
#define xmlGenericError (*(__xmlGenericError()))
#define xmlStructuredError (*(__xmlStructuredError()))
#define xmlGenericErrorContext (*(__xmlGenericErrorContext()))
#define xmlStructuredErrorContext (*(__xmlStructuredErrorContext()))
#define oldXMLWDcompatibility (*(__oldXMLWDcompatibility()))
#define xmlBufferAllocScheme (*(__xmlBufferAllocScheme()))
#define xmlDefaultBufferSize (*(__xmlDefaultBufferSize()))
#define xmlSubstituteEntitiesDefaultValue (*(__xmlSubstituteEntitiesDefaultValue()))
#define xmlDoValidityCheckingDefaultValue (*(__xmlDoValidityCheckingDefaultValue()))
#define xmlGetWarningsDefaultValue (*(__xmlGetWarningsDefaultValue()))
#define xmlKeepBlanksDefaultValue (*(__xmlKeepBlanksDefaultValue()))
#define xmlLineNumbersDefaultValue (*(__xmlLineNumbersDefaultValue()))
#define xmlLoadExtDtdDefaultValue (*(__xmlLoadExtDtdDefaultValue()))
#define xmlParserDebugEntities (*(__xmlParserDebugEntities()))
#define xmlPedanticParserDefaultValue (*(__xmlPedanticParserDefaultValue()))
#define xmlSaveNoEmptyTags (*(__xmlSaveNoEmptyTags()))
#define xmlIndentTreeOutput (*(__xmlIndentTreeOutput()))
#define xmlTreeIndentString (*(__xmlTreeIndentString()))
#define xmlRegisterNodeDefaultValue (*(__xmlRegisterNodeDefaultValue()))
#define xmlDeregisterNodeDefaultValue (*(__xmlDeregisterNodeDefaultValue()))
#define xmlLastError (*(__xmlLastError()))
#define xmlParserInputBufferCreateFilenameValue (*(__xmlParserInputBufferCreateFilenameValue()))
#define xmlOutputBufferCreateFilenameValue (*(__xmlOutputBufferCreateFilenameValue()))
#else
XMLPUBVAR const char *xmlParserVersion;
XMLPUBVAR xmlSAXLocator xmlDefaultSAXLocator;
XMLPUBVAR xmlSAXHandlerV1 xmlDefaultSAXHandler;
XMLPUBVAR xmlSAXHandlerV1 docbDefaultSAXHandler;
XMLPUBVAR xmlSAXHandlerV1 htmlDefaultSAXHandler;
XMLPUBVAR xmlGenericErrorFunc xmlGenericError;
XMLPUBVAR xmlStructuredErrorFunc xmlStructuredError;
XMLPUBVAR void *xmlGenericErrorContext;
XMLPUBVAR void *xmlStructuredErrorContext;
XMLPUBVAR int oldXMLWDcompatibility;
XMLPUBVAR xmlBufferAllocationScheme xmlBufferAllocScheme;
XMLPUBVAR int xmlDefaultBufferSize;
XMLPUBVAR int xmlSubstituteEntitiesDefaultValue;
XMLPUBVAR int xmlDoValidityCheckingDefaultValue;
XMLPUBVAR int xmlGetWarningsDefaultValue;
XMLPUBVAR int xmlKeepBlanksDefaultValue;
XMLPUBVAR int xmlLineNumbersDefaultValue;
XMLPUBVAR int xmlLoadExtDtdDefaultValue;
XMLPUBVAR int xmlParserDebugEntities;
XMLPUBVAR int xmlPedanticParserDefaultValue;
XMLPUBVAR int xmlSaveNoEmptyTags;
XMLPUBVAR int xmlIndentTreeOutput;
XMLPUBVAR const char *xmlTreeIndentString;
XMLPUBVAR xmlRegisterNodeFunc xmlRegisterNodeDefaultValue;
XMLPUBVAR xmlDeregisterNodeFunc xmlDeregisterNodeDefaultValue;
XMLPUBVAR xmlError xmlLastError;
XMLPUBVAR xmlParserInputBufferCreateFilenameFunc xmlParserInputBufferCreateFilenameValue;
XMLPUBVAR xmlOutputBufferCreateFilenameFunc xmlOutputBufferCreateFilenameValue;
#endif

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_GLOBALS
#undef LIGNUM_LIBXML_CORE_OUTER_GLOBALS
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_GLOBALS_H */

/*
 * The functions and variables of this header. Like those of every member of the core group,
 * they are declared once the whole group is defined: here, when the outermost member
 * includes this header with LIGNUM_LIBXML_CORE_BUSY cleared, the other members are
 * included again to declare theirs.
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_GLOBALS_FUNCTIONS)
#define LIGNUM_LIBXML_GLOBALS_FUNCTIONS

#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxml/encoding.h>
#include <libxml/entities.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/hash.h>
#include <libxml/dict.h>
#include <libxml/xmlregexp.h>
#include <libxml/xmlautomata.h>
#include <libxml/xmlmemory.h>
#include <libxml/threads.h>
#include <libxml/SAX2.h>
#include <libxml/xlink.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Setting up and tearing down the global state. */
XMLPUBFUN void XMLCALL xmlInitGlobals(void);
XMLPUBFUN void XMLCALL xmlCleanupGlobals(void);

/* Replacing the file-backed buffer constructors; each returns the previous one. */
XMLPUBFUN xmlParserInputBufferCreateFilenameFunc XMLCALL
    xmlParserInputBufferCreateFilenameDefault(xmlParserInputBufferCreateFilenameFunc func);
XMLPUBFUN xmlOutputBufferCreateFilenameFunc XMLCALL
    xmlOutputBufferCreateFilenameDefault(xmlOutputBufferCreateFilenameFunc func);

/* Filling a thread's state, and the defaults new threads start with. */
XMLPUBFUN void XMLCALL xmlInitializeGlobalState(xmlGlobalStatePtr gs);
XMLPUBFUN void XMLCALL xmlThrDefSetGenericErrorFunc(void *ctx, xmlGenericErrorFunc handler);
XMLPUBFUN void XMLCALL xmlThrDefSetStructuredErrorFunc(void *ctx, xmlStructuredErrorFunc handler);

/* Node creation and destruction hooks. */
XMLPUBFUN xmlRegisterNodeFunc XMLCALL xmlRegisterNodeDefault(xmlRegisterNodeFunc func);
XMLPUBFUN xmlRegisterNodeFunc XMLCALL xmlThrDefRegisterNodeDefault(xmlRegisterNodeFunc func);
XMLPUBFUN xmlDeregisterNodeFunc XMLCALL xmlDeregisterNodeDefault(xmlDeregisterNodeFunc func);
XMLPUBFUN xmlDeregisterNodeFunc XMLCALL xmlThrDefDeregisterNodeDefault(xmlDeregisterNodeFunc func);

/* Defaults of the buffer constructors for new threads. */
XMLPUBFUN xmlOutputBufferCreateFilenameFunc XMLCALL
    xmlThrDefOutputBufferCreateFilenameDefault(xmlOutputBufferCreateFilenameFunc func);
XMLPUBFUN xmlParserInputBufferCreateFilenameFunc XMLCALL
    xmlThrDefParserInputBufferCreateFilenameDefault(xmlParserInputBufferCreateFilenameFunc func);

/* The allocator in use: plain variables shared by all threads. */
XMLPUBVAR xmlMallocFunc xmlMalloc;
XMLPUBVAR xmlMallocFunc xmlMallocAtomic;
XMLPUBVAR xmlReallocFunc xmlRealloc;
XMLPUBVAR xmlFreeFunc xmlFree;
XMLPUBVAR xmlStrdupFunc xmlMemStrdup;

/*
 * Accessors of the calling thread's copy of each setting, with the setters of the value new
 * threads start with.
 */
XMLPUBFUN xmlSAXHandlerV1 *XMLCALL __docbDefaultSAXHandler(void);
XMLPUBFUN xmlSAXHandlerV1 *XMLCALL __htmlDefaultSAXHandler(void);
XMLPUBFUN xmlError *XMLCALL __xmlLastError(void);
XMLPUBFUN int *XMLCALL __oldXMLWDcompatibility(void);
XMLPUBFUN xmlBufferAllocationScheme *XMLCALL __xmlBufferAllocScheme(void);
XMLPUBFUN xmlBufferAllocationScheme XMLCALL xmlThrDefBufferAllocScheme(xmlBufferAllocationScheme v);
XMLPUBFUN int *XMLCALL __xmlDefaultBufferSize(void);
XMLPUBFUN int XMLCALL xmlThrDefDefaultBufferSize(int v);
XMLPUBFUN xmlSAXHandlerV1 *XMLCALL __xmlDefaultSAXHandler(void);
XMLPUBFUN xmlSAXLocator *XMLCALL __xmlDefaultSAXLocator(void);
XMLPUBFUN int *XMLCALL __xmlDoValidityCheckingDefaultValue(void);
XMLPUBFUN int XMLCALL xmlThrDefDoValidityCheckingDefaultValue(int v);
XMLPUBFUN xmlGenericErrorFunc *XMLCALL __xmlGenericError(void);
XMLPUBFUN xmlStructuredErrorFunc *XMLCALL __xmlStructuredError(void);
XMLPUBFUN void **XMLCALL __xmlGenericErrorContext(void);
XMLPUBFUN void **XMLCALL __xmlStructuredErrorContext(void);
XMLPUBFUN int *XMLCALL __xmlGetWarningsDefaultValue(void);
XMLPUBFUN int XMLCALL xmlThrDefGetWarningsDefaultValue(int v);
XMLPUBFUN int *XMLCALL __xmlIndentTreeOutput(void);
XMLPUBFUN int XMLCALL xmlThrDefIndentTreeOutput(int v);
XMLPUBFUN const char **XMLCALL __xmlTreeIndentString(void);
XMLPUBFUN const char *XMLCALL xmlThrDefTreeIndentString(const char *v);
XMLPUBFUN int *XMLCALL __xmlKeepBlanksDefaultValue(void);
XMLPUBFUN int XMLCALL xmlThrDefKeepBlanksDefaultValue(int v);
XMLPUBFUN int *XMLCALL __xmlLineNumbersDefaultValue(void);
XMLPUBFUN int XMLCALL xmlThrDefLineNumbersDefaultValue(int v);
XMLPUBFUN int *XMLCALL __xmlLoadExtDtdDefaultValue(void);
XMLPUBFUN int XMLCALL xmlThrDefLoadExtDtdDefaultValue(int v);
XMLPUBFUN int *XMLCALL __xmlParserDebugEntities(void);
XMLPUBFUN int XMLCALL xmlThrDefParserDebugEntities(int v);
XMLPUBFUN const char **XMLCALL __xmlParserVersion(void);
XMLPUBFUN int *XMLCALL __xmlPedanticParserDefaultValue(void);
XMLPUBFUN int XMLCALL xmlThrDefPedanticParserDefaultValue(int v);
XMLPUBFUN int *XMLCALL __xmlSaveNoEmptyTags(void);
XMLPUBFUN int XMLCALL xmlThrDefSaveNoEmptyTags(int v);
XMLPUBFUN int *XMLCALL __xmlSubstituteEntitiesDefaultValue(void);
XMLPUBFUN int XMLCALL xmlThrDefSubstituteEntitiesDefaultValue(int v);
XMLPUBFUN xmlRegisterNodeFunc *XMLCALL __xmlRegisterNodeDefaultValue(void);
XMLPUBFUN xmlDeregisterNodeFunc *XMLCALL __xmlDeregisterNodeDefaultValue(void);
XMLPUBFUN xmlParserInputBufferCreateFilenameFunc *XMLCALL
    __xmlParserInputBufferCreateFilenameValue(void);
XMLPUBFUN xmlOutputBufferCreateFilenameFunc *XMLCALL __xmlOutputBufferCreateFilenameValue(void);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_GLOBALS_FUNCTIONS */

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
 * header). The library's own sources define IN_LIBXML to reach the variables themselves.
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

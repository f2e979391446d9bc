/*
 * Lignum's libxml2-compatible C interface: markers placed on exported functions and
 * variables. On ELF platforms they add nothing; visibility comes from the version script.
 */
#ifndef LIGNUM_LIBXML_XMLEXPORTS_H
#define LIGNUM_LIBXML_XMLEXPORTS_H

/* Attached to every public declaration; empty on this platform. */
#define XMLPUBLIC
/* Prefix of a public function declaration. */
#define XMLPUBFUN XMLPUBLIC
/* Prefix of a public variable declaration. */
#define XMLPUBVAR XMLPUBLIC extern
/* Calling conventions; the platform default is used. */
#define XMLCALL
#define XMLCDECL

/* Older spelling of XMLPUBVAR, kept for programs that still use it. */
#if !defined(LIBXML_DLL_IMPORT)
#define LIBXML_DLL_IMPORT XMLPUBVAR
#endif

#endif /* LIGNUM_LIBXML_XMLEXPORTS_H */

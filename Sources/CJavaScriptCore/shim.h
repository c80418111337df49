#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>

// Exported by libjavascriptcoregtk but declared only in WebKit's private JSContextRefPrivate.h.
// The callback is asked whether to stop each time `limit` seconds of execution have elapsed.
typedef bool (*JSShouldTerminateCallback)(JSContextRef ctx, void *context);
JS_EXPORT void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit,
                                                   JSShouldTerminateCallback callback, void *context);
JS_EXPORT void JSContextGroupClearExecutionTimeLimit(JSContextGroupRef group);

// Exported by libjavascriptcoregtk, declared in WebKit's private JSContextRefPrivate.h: called on the
// thread that ran the collection, after each garbage collection of the group's heap.
typedef void (*JSHeapFinalizer)(JSContextGroupRef group, void *userData);
JS_EXPORT void JSContextGroupAddHeapFinalizer(JSContextGroupRef group, JSHeapFinalizer callback, void *userData);

// Exported by libjavascriptcoregtk, declared in WebKit's private JSScriptRefPrivate.h: a script parsed once
// for a context group and evaluated in any of its contexts, without copying or hashing the source again.
typedef struct OpaqueJSScript *JSScriptRef;
JS_EXPORT JSScriptRef JSScriptCreateFromString(JSContextGroupRef contextGroup, JSStringRef url,
                                               int startingLineNumber, JSStringRef source,
                                               JSStringRef *errorMessage, int *errorLine);
JS_EXPORT void JSScriptRelease(JSScriptRef script);
JS_EXPORT JSValueRef JSScriptEvaluate(JSContextRef context, JSScriptRef script, JSValueRef thisValue,
                                      JSValueRef *exception);

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

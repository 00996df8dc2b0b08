// releasememory.h — releaseFreedMemory: hand the memory a worker freed back
// to the system. A run or an analysis of a 1,000,000-event trace allocates
// tens of MB of temporaries on its worker thread; glibc keeps them in that
// thread's arena after they are freed, so the app's resident size would stay
// at its peak. Called by the workers after each job.
#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace gsl::ui {

inline void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace gsl::ui

/* Debian's Wine 8 has no bcryptprimitives.dll, whose ProcessPrng Rust's standard library
 * takes its random numbers from on Windows, so every Rust program there exits at once
 * (c0000135). This stands in for it beside the .exe under test, forwarding to advapi32's
 * RtlGenRandom (SystemFunction036), which Wine has. Only for running the tests under Wine. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

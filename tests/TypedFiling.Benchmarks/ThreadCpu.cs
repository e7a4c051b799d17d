using System;
using System.Runtime.InteropServices;

namespace TypedFiling.Benchmarks;

/// <summary>
/// The calling thread's CPU time, to the nanosecond where the system gives it (Linux: clock_gettime with
/// CLOCK_THREAD_CPUTIME_ID), else the process's (Process.TotalProcessorTime, which Linux counts in 10 ms ticks).
/// A compile on one thread (concurrentBuild: false) is measured this way by --constructs: on a machine shared
/// with other builds, waiting for a core costs elapsed time but not CPU time.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    public static double Nanoseconds()
    {
        if (OperatingSystem.IsLinux() && NativeMethods.clock_gettime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return (time.Seconds * 1e9) + time.Nanoseconds;
        }

        return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds * 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clockId, out TimeSpec time);
    }
}

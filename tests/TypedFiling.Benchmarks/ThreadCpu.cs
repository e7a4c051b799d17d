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

    /// <summary>
    /// The best elapsed and the best CPU time, in nanoseconds, of each action over <paramref name="rounds"/> rounds that
    /// run every action in turn, so that a burst of load falls on all of them alike.
    /// </summary>
    public static (double Elapsed, double Cpu)[] Best(int rounds, params Func<object>[] actions)
    {
        var best = new (double Elapsed, double Cpu)[actions.Length];
        Array.Fill(best, (double.MaxValue, double.MaxValue));
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < actions.Length; i++)
            {
                var cpuBefore = Nanoseconds();
                var watch = System.Diagnostics.Stopwatch.StartNew();
                GC.KeepAlive(actions[i]());
                var elapsed = watch.Elapsed.TotalMilliseconds * 1e6;
                var cpu = Nanoseconds() - cpuBefore;
                best[i] = (Math.Min(best[i].Elapsed, elapsed), Math.Min(best[i].Cpu, cpu));
            }
        }

        return best;
    }

    /// <summary>
    /// BenchmarkDotNet's clock for <see cref="ConstructCostConfig"/>: an in-process job runs each operation on the
    /// engine's own thread, so this clock measures the CPU time that thread spent on it.
    /// </summary>
    public sealed class Clock : Perfolizer.Horology.IClock
    {
        public string Title => "Thread CPU time";

        public bool IsAvailable => OperatingSystem.IsLinux();

        public Perfolizer.Horology.Frequency Frequency => Perfolizer.Horology.Frequency.GHz;

        public long GetTimestamp() => (long)Nanoseconds();
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

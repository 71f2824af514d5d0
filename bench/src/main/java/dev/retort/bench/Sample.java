package dev.retort.bench;

/**
 * One timed run of a whole process.
 *
 * @param wallMillis the wall time from start to exit
 * @param rssKib     the peak resident set size GNU time reported (0 if unknown)
 * @param exitCode   the exit status
 * @param stdout     what the process wrote to stdout (empty when it was discarded)
 * @param stderr     what it wrote to stderr
 */
public record Sample(double wallMillis, long rssKib, int exitCode, String stdout, String stderr) {

    public double rssMib() {
        return rssKib / 1024.0;
    }
}

package dev.launchdesk.sop.handbook;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log (java.util.logging by default, chatty at INFO) to SLF4J under {@code com.openhtmltopdf.*}:
 * SEVERE as error, WARNING as warn, everything else as debug.
 */
final class OpenHtmlToPdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in the logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int level = diagnostic.getLevel().intValue();
        return level >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}

package parley.kb;

/** A knowledge file is missing or has a bad line; the message names the file and the line. */
public class KnowledgeFileException extends RuntimeException {
    public KnowledgeFileException(String message) {
        super(message);
    }

    public KnowledgeFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

package se.stockholm.varna.shared;

/** A page to fetch: zero-based number and size, checked against sane bounds. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw Problems.invalidField("page", "Sidnumret får inte vara negativt.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw Problems.invalidField("size", "Sidstorleken ska vara mellan 1 och " + MAX_SIZE + ".");
        }
    }

    public static PageRequest of(Integer page, Integer size, int defaultSize) {
        return new PageRequest(page == null ? 0 : page, size == null ? defaultSize : size);
    }

    public long offset() {
        return (long) page * size;
    }
}

package nl.cmostamm.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aFirstRowBeforeTheStartBecomesTheStart() {
        assertEquals(0, Paging.first(-25));
        assertEquals(0, Paging.first(Integer.MIN_VALUE));
        assertEquals(50, Paging.first(50));
    }

    @Test
    void aPageHoldsAtLeastOneAndAtMostAHundredRows() {
        assertEquals(1, Paging.size(0));
        assertEquals(1, Paging.size(-5));
        assertEquals(25, Paging.size(25));
        assertEquals(Paging.MAX_SIZE, Paging.size(Integer.MAX_VALUE));
    }
}

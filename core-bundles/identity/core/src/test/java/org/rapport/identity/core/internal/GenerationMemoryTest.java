package org.rapport.identity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GenerationMemoryTest {

    @Test
    void anAnswerIsGivenOnlyForTheGenerationItWasLookedUpIn() {
        GenerationMemory<String, String> memory = new GenerationMemory<>(10);
        memory.put("sam", 5, "scope of sam");
        assertEquals("scope of sam", memory.get("sam", 5));
        assertNull(memory.get("sam", 6), "a newer generation");
        assertNull(memory.get("sam", 5), "forgotten once a newer generation was seen");
    }

    @Test
    void anAnswerLookedUpInAnOlderGenerationIsNotTakenForANewerOne() {
        GenerationMemory<String, String> memory = new GenerationMemory<>(10);
        memory.get("sam", 6);
        memory.put("sam", 5, "stale"); // a slow request that read 5 stores after another read 6
        assertNull(memory.get("sam", 6));
    }

    @Test
    void nothingIsKeptWhenTheGenerationIsUnknown() {
        GenerationMemory<String, String> memory = new GenerationMemory<>(10);
        memory.put("sam", IdentityGeneration.UNKNOWN, "anything");
        assertNull(memory.get("sam", IdentityGeneration.UNKNOWN));
        assertEquals(0, memory.size());
    }

    @Test
    void aFullMemoryStartsOver() {
        GenerationMemory<Integer, String> memory = new GenerationMemory<>(3);
        for (int i = 0; i < 3; i++) {
            memory.put(i, 1, "answer " + i);
        }
        memory.put(3, 1, "answer 3");
        assertEquals(1, memory.size());
        assertEquals("answer 3", memory.get(3, 1));
        assertNull(memory.get(0, 1));
    }

    @Test
    void answerLooksUpOnlyWhatIsNotRemembered() {
        GenerationMemory<String, String> memory = new GenerationMemory<>(10);
        int[] lookups = {0};
        for (int i = 0; i < 3; i++) {
            memory.answer("sam", 1, () -> "scope " + ++lookups[0]);
        }
        assertEquals(1, lookups[0]);
        assertEquals("scope 2", memory.answer("sam", 2, () -> "scope " + ++lookups[0]));
    }
}

package org.rapport.itests.ui;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link RapportNode} before the first test that uses it and stops it when the whole test run ends (it
 * lives in the root context's store, which JUnit closes last): one node boot for all UI test classes. If the node
 * does not start, every test fails with that same reason at once instead of booting again.
 * <p>
 * The node starts before a test, not before a class, so that an earlier extension can skip the test first (see
 * {@link BrowserExtension}) without a node being booted for nothing, and each skipped test is counted as skipped.
 */
public final class RapportNodeExtension implements BeforeEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(RapportNodeExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        node(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RapportNode.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return node(context);
    }

    static RapportNode node(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedNode.class, key -> SharedNode.start(), SharedNode.class)
                .nodeOrFailure();
    }

    /** The started node, or why it could not start; closed by JUnit at the end of the run. */
    private static final class SharedNode implements ExtensionContext.Store.CloseableResource {

        private final RapportNode node;
        private final Throwable failure;

        private SharedNode(RapportNode node, Throwable failure) {
            this.node = node;
            this.failure = failure;
        }

        static SharedNode start() {
            try {
                return new SharedNode(RapportNode.start(), null);
            } catch (Throwable e) {
                return new SharedNode(null, e);
            }
        }

        RapportNode nodeOrFailure() {
            if (failure != null) {
                throw new AssertionError("The UI test node did not start: " + failure.getMessage(), failure);
            }
            return node;
        }

        @Override
        public void close() throws Exception {
            if (node != null) {
                node.stop();
            }
        }
    }
}

package io.hubfleet.cloud;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;

/** Resource options for a component's cloud resources: parented to it, made through the account's provider. */
public final class ChildOptions {

    private ChildOptions() {
    }

    public static CustomResourceOptions.Builder of(Resource parent, ProviderResource provider) {
        return CustomResourceOptions.builder().parent(parent).provider(provider);
    }

    public static CustomResourceOptions in(Resource parent, ProviderResource provider) {
        return of(parent, provider).build();
    }
}

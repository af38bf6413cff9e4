package io.hubfleet.cloud.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.Provider;
import com.pulumi.gcp.ProviderArgs;
import com.pulumi.gcp.organizations.Project;
import com.pulumi.gcp.organizations.ProjectArgs;
import com.pulumi.gcp.projects.Service;
import com.pulumi.gcp.projects.ServiceArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.hubfleet.cloud.ChildOptions;
import io.hubfleet.cloud.AccountCreation;
import io.hubfleet.cloud.AccountHandle;
import io.hubfleet.cloud.AccountUse;
import io.hubfleet.cloud.AccountSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A GCP project, created under an organisation or folder and linked to its billing account, or adopted
 * by id; either way with the APIs the estate needs enabled. The project provider every other resource
 * uses depends on those APIs, so nothing is built before they are on.
 *
 * <p>Two explicit providers: the bootstrap provider creates the project and enables its APIs with the
 * operator's organisation rights; the project provider is pinned to the project, region and zone and
 * labels everything it makes. A created project is protected and retained: deleting a project deletes
 * every home directory and bucket in it.
 */
final class GcpAccountBackend {
    public AccountHandle provision(Resource component, String name, AccountSpec args) {
        String projectId = args.requireId();
        Map<String, String> labels = Map.of("managed-by", "hubfleet", "hubfleet-stack", GcpNames.labelValue(args.stack()));
        ProviderArgs.Builder bootstrapArgs = ProviderArgs.builder().region(args.region()).defaultLabels(labels);
        if (!args.creates()) {
            bootstrapArgs.project(projectId);
        }
        Provider bootstrap = new Provider(name + "-bootstrap", bootstrapArgs.build(),
                CustomResourceOptions.builder().parent(component).build());

        Output<String> project = Output.of(projectId);
        Output<String> projectNumber = null;
        if (args.creates()) {
            AccountCreation create = args.creation().orElseThrow();
            ProjectArgs.Builder projectArgs = ProjectArgs.builder()
                    .projectId(projectId)
                    .name(create.displayName())
                    .billingAccount(args.billingAccount().orElse(null))
                    // The cluster gets its own VPC; a default network would only be an open door.
                    .autoCreateNetwork(false)
                    .labels(labels);
            create.organizationId().ifPresent(projectArgs::orgId);
            create.folderId().ifPresent(projectArgs::folderId);
            Project created = new Project(name, projectArgs.build(), ChildOptions.of(component, bootstrap)
                    .protect(true).retainOnDelete(true).build());
            project = created.projectId();
            projectNumber = created.number();
        }

        // Enabling APIs bills its quota to a project; with user credentials Google needs one named
        // (cloud.google.com/docs/authentication/troubleshoot-adc#user-creds-client-based). A project hubfleet
        // creates is its own quota project: its Service Usage API is on from the start.
        Provider services = bootstrap;
        if (args.creates()) {
            services = new Provider(name + "-services", ProviderArgs.builder()
                    .project(project)
                    .billingProject(project)
                    .userProjectOverride(true)
                    .region(args.region())
                    .defaultLabels(labels)
                    .build(), CustomResourceOptions.builder().parent(component).build());
        }
        List<Resource> apis = new ArrayList<>();
        for (String api : GcpApis.forUses(args.uses())) {
            apis.add(new Service(name + "-" + api.substring(0, api.indexOf('.')), ServiceArgs.builder()
                    .project(project)
                    .service(api)
                    .disableOnDestroy(false)
                    .disableDependentServices(false)
                    .build(), ChildOptions.in(component, services)));
        }

        ProviderArgs.Builder projectProvider = ProviderArgs.builder()
                .project(project)
                .region(args.region())
                .zone(args.requireZone())
                .defaultLabels(labels);
        if (args.uses(AccountUse.BUDGET)) {
            // The Budget API bills its quota to a project: with user credentials it must be named.
            projectProvider.billingProject(project).userProjectOverride(true);
        }
        Provider provider = new Provider(name, projectProvider.build(),
                CustomResourceOptions.builder().parent(component).dependsOn(apis).build());
        return new GcpAccount(provider, project, projectNumber == null ? null : projectNumber, bootstrap, args);
    }

    /** The shared cluster's project, region and zone; labels say which stack made what. */
    public com.pulumi.resources.ProviderResource attach(com.pulumi.resources.ComponentResource component, String name,
                                                        GkeHubHost host, String stack) {
        return new Provider(name, ProviderArgs.builder()
                .project(host.projectId())
                .region(host.region())
                .zone(host.zone())
                .defaultLabels(Map.of("managed-by", "hubfleet", "hubfleet-stack", GcpNames.labelValue(stack)))
                .build(), CustomResourceOptions.builder().parent(component).build());
    }
}

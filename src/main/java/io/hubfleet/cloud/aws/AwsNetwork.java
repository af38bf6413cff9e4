package io.hubfleet.cloud.aws;

import com.pulumi.core.Output;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.RouteTableRouteArgs;
import com.pulumi.resources.CustomResourceOptions;
import io.hubfleet.net.Ipv4Cidr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cluster's VPC: per zone a private subnet for nodes (a /19 of a /16: pods take VPC addresses)
 * and a small public subnet for load balancers; one NAT gateway for the private subnets (the idle cost
 * is one gateway, not one per zone), or one per zone ({@code natGateways: perZone}: a zone's outage no
 * longer cuts the others off). S3 traffic goes through a gateway endpoint, free of NAT processing
 * charges (docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html). Subnets carry the tags
 * Kubernetes' load balancer integration and the AWS Load Balancer Controller look for.
 *
 * @param vpc            the VPC
 * @param zones          its zones, in order
 * @param privateSubnets node subnets, one per zone
 * @param publicSubnets  load balancer subnets, one per zone
 * @param homeZone       the zone of the core nodes and of the hubs' home disks: EBS volumes attach only
 *                       within their zone, and AWS has no zone-redundant block storage
 */
record AwsNetwork(Vpc vpc, List<String> zones, List<Subnet> privateSubnets, List<Subnet> publicSubnets,
                  String homeZone) {

    /** The private subnet of the home zone. */
    Subnet homeSubnet() {
        return privateSubnets.get(zones.indexOf(homeZone));
    }

    static AwsNetwork create(String name, String clusterName, Ipv4Cidr block, List<String> zones, String homeZone,
                             boolean natPerZone, String region, CustomResourceOptions options) {
        Vpc vpc = new Vpc(name + "-vpc", VpcArgs.builder()
                .cidrBlock(block.toString())
                .enableDnsHostnames(true)
                .enableDnsSupport(true)
                .tags(Map.of("Name", clusterName))
                .build(), options);
        InternetGateway gateway = new InternetGateway(name + "-igw", InternetGatewayArgs.builder()
                .vpcId(vpc.id()).tags(Map.of("Name", clusterName)).build(), options);
        String clusterTag = "kubernetes.io/cluster/" + clusterName;

        List<Subnet> publicSubnets = new ArrayList<>();
        List<Subnet> privateSubnets = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i);
            publicSubnets.add(new Subnet(name + "-public-" + zone, SubnetArgs.builder()
                    .vpcId(vpc.id())
                    .availabilityZone(zone)
                    .cidrBlock(block.subnet(block.prefixLength() + 8, 192 + i).toString())
                    .mapPublicIpOnLaunch(false)
                    .tags(Map.of("Name", clusterName + "-public-" + zone, clusterTag, "shared",
                            "kubernetes.io/role/elb", "1"))
                    .build(), options));
            privateSubnets.add(new Subnet(name + "-private-" + zone, SubnetArgs.builder()
                    .vpcId(vpc.id())
                    .availabilityZone(zone)
                    .cidrBlock(block.subnet(block.prefixLength() + 3, i).toString())
                    .mapPublicIpOnLaunch(false)
                    .tags(Map.of("Name", clusterName + "-private-" + zone, clusterTag, "shared",
                            "kubernetes.io/role/internal-elb", "1"))
                    .build(), options));
        }

        RouteTable publicRoutes = new RouteTable(name + "-public", RouteTableArgs.builder()
                .vpcId(vpc.id())
                .routes(RouteTableRouteArgs.builder().cidrBlock("0.0.0.0/0").gatewayId(gateway.id()).build())
                .tags(Map.of("Name", clusterName + "-public"))
                .build(), options);
        // One NAT gateway in the first zone, or one in each zone, each zone's private subnet routed to its own.
        List<Output<String>> privateRouteTables = new ArrayList<>();
        RouteTable shared = null;
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i);
            RouteTable privateRoutes;
            if (natPerZone || shared == null) {
                String suffix = natPerZone ? "-" + zone : "";
                Eip natAddress = new Eip(name + "-nat" + suffix, EipArgs.builder().domain("vpc")
                        .tags(Map.of("Name", clusterName + "-nat" + suffix)).build(), options);
                NatGateway nat = new NatGateway(name + "-nat" + suffix, NatGatewayArgs.builder()
                        .allocationId(natAddress.id())
                        .subnetId(publicSubnets.get(i).id())
                        .tags(Map.of("Name", clusterName + suffix))
                        .build(), CustomResourceOptions.merge(options, CustomResourceOptions.builder().dependsOn(gateway).build()));
                privateRoutes = new RouteTable(name + "-private" + suffix, RouteTableArgs.builder()
                        .vpcId(vpc.id())
                        .routes(RouteTableRouteArgs.builder().cidrBlock("0.0.0.0/0").natGatewayId(nat.id()).build())
                        .tags(Map.of("Name", clusterName + "-private" + suffix))
                        .build(), options);
                privateRouteTables.add(privateRoutes.id());
                shared = privateRoutes;
            } else {
                privateRoutes = shared;
            }
            new RouteTableAssociation(name + "-public-" + zone, RouteTableAssociationArgs.builder()
                    .subnetId(publicSubnets.get(i).id()).routeTableId(publicRoutes.id()).build(), options);
            new RouteTableAssociation(name + "-private-" + zone, RouteTableAssociationArgs.builder()
                    .subnetId(privateSubnets.get(i).id()).routeTableId(privateRoutes.id()).build(), options);
        }
        new VpcEndpoint(name + "-s3", VpcEndpointArgs.builder()
                .vpcId(vpc.id())
                .serviceName("com.amazonaws." + region + ".s3")
                .vpcEndpointType("Gateway")
                .routeTableIds(Output.all(privateRouteTables))
                .tags(Map.of("Name", clusterName + "-s3"))
                .build(), options);
        return new AwsNetwork(vpc, List.copyOf(zones), List.copyOf(privateSubnets), List.copyOf(publicSubnets), homeZone);
    }
}
